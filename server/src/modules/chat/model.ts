import mongoose from "mongoose";
import { modelOn } from "../../infra/model.js";

/**
 * One chat message of an introduction. `seq` numbers the conversation 1, 2, 3, … and is
 * only ever taken after the previous number was seen stored, so a message never becomes
 * visible before an earlier one: "everything after seq N" is exactly what a client missed.
 */
export interface ChatMessageDoc {
  _id: mongoose.Types.ObjectId;
  introductionId: mongoose.Types.ObjectId;
  seq: number;
  senderId: mongoose.Types.ObjectId;
  /** The client's id for the message, reused on resends. */
  clientId: string;
  /** Plain text as typed. */
  text: string;
  sentAt: Date;
  /** A file sent with the message (a chat media record of this introduction). */
  attachment?: { id: mongoose.Types.ObjectId; name: string; size: number; contentType: string };
}

const messageSchema = new mongoose.Schema<ChatMessageDoc>(
  {
    introductionId: { type: mongoose.Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true },
    senderId: { type: mongoose.Schema.Types.ObjectId, required: true },
    clientId: { type: String, required: true },
    text: { type: String, required: true },
    sentAt: { type: Date, required: true },
    attachment: { type: { _id: false, id: mongoose.Schema.Types.ObjectId, name: String, size: Number, contentType: String }, default: undefined },
  },
  { collection: "chat_messages", versionKey: false },
);
// A resend with the same clientId hits this index and gets the stored message back.
messageSchema.index({ introductionId: 1, senderId: 1, clientId: 1 }, { unique: true });
// Two senders taking the same number: one wins, the other takes the next.
messageSchema.index({ introductionId: 1, seq: 1 }, { unique: true });

export const chatMessageModel = (db: mongoose.Connection) => modelOn(db, "ChatMessage", messageSchema);

/** How far one user has read one introduction's conversation; only ever moves forward. */
export interface ChatReadDoc {
  introductionId: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  lastReadId: mongoose.Types.ObjectId;
  lastReadSeq: number;
  lastReadAt: Date;
}

const readSchema = new mongoose.Schema<ChatReadDoc>(
  {
    introductionId: { type: mongoose.Schema.Types.ObjectId, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    lastReadId: { type: mongoose.Schema.Types.ObjectId, required: true },
    lastReadSeq: { type: Number, required: true },
    lastReadAt: { type: Date, required: true },
  },
  { collection: "chat_reads", versionKey: false },
);
readSchema.index({ introductionId: 1, userId: 1 }, { unique: true });
readSchema.index({ userId: 1 });

export const chatReadModel = (db: mongoose.Connection) => modelOn(db, "ChatRead", readSchema);
