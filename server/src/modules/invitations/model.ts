import mongoose from "mongoose";
import { modelOn } from "../../infra/model.js";

export const INVITATION_TTL_DAYS = 14;

/**
 * An invitation to join an organization, addressed to an e-mail address. Whether that
 * address has an account is never told to the inviter; the account joins only when its
 * owner (signed in, e-mail confirmed, the same address) accepts.
 */
export interface Invitation {
  _id: mongoose.Types.ObjectId;
  orgId: mongoose.Types.ObjectId;
  email: string;
  role: "owner" | "editor";
  invitedBy: mongoose.Types.ObjectId;
  /** sha256 of the token in the e-mailed link (renewed with each invitation of the same address). */
  tokenHash: string;
  status: "pending" | "accepted" | "declined";
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

const invitationSchema = new mongoose.Schema<Invitation>(
  {
    orgId: { type: mongoose.Schema.Types.ObjectId, required: true },
    email: { type: String, required: true, lowercase: true, trim: true },
    role: { type: String, enum: ["owner", "editor"], required: true },
    invitedBy: { type: mongoose.Schema.Types.ObjectId, required: true },
    tokenHash: { type: String, required: true },
    status: { type: String, enum: ["pending", "accepted", "declined"], required: true, default: "pending" },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true, collection: "invitations" },
);
invitationSchema.index({ email: 1, status: 1 });
invitationSchema.index({ orgId: 1, email: 1 });
invitationSchema.index({ tokenHash: 1 }, { unique: true });

export const invitationModel = (db: mongoose.Connection) => modelOn(db, "Invitation", invitationSchema);
