import mongoose from "mongoose";
import { modelOn } from "../../infra/model.js";

export const MEDIA_PURPOSES = ["logo", "photo", "avatar", "brochure", "chat"] as const;
export type MediaPurpose = (typeof MEDIA_PURPOSES)[number];

/**
 * One uploaded file and where its bytes are (one stored object per variant: an image's
 * sizes, or "original" for a document). Keys of an organization's files start with
 * "orgs/<id>/", so they all go with it.
 */
export interface Media {
  _id: mongoose.Types.ObjectId;
  purpose: MediaPurpose;
  orgId?: mongoose.Types.ObjectId;
  userId?: mongoose.Types.ObjectId;
  offerId?: mongoose.Types.ObjectId;
  requestId?: mongoose.Types.ObjectId;
  introductionId?: mongoose.Types.ObjectId;
  /** Variant → storage key. */
  keys: Record<string, string>;
  contentType: string;
  /** The name the file was uploaded with (shown, never used to decide anything). */
  name: string;
  size: number;
  width?: number;
  height?: number;
  uploadedBy: mongoose.Types.ObjectId;
  createdAt: Date;
}

const schema = new mongoose.Schema<Media>(
  {
    purpose: { type: String, required: true, enum: MEDIA_PURPOSES },
    orgId: mongoose.Schema.Types.ObjectId,
    userId: mongoose.Schema.Types.ObjectId,
    offerId: mongoose.Schema.Types.ObjectId,
    requestId: mongoose.Schema.Types.ObjectId,
    introductionId: mongoose.Schema.Types.ObjectId,
    keys: { type: mongoose.Schema.Types.Mixed, required: true },
    contentType: { type: String, required: true },
    name: { type: String, required: true },
    size: { type: Number, required: true },
    width: Number,
    height: Number,
    uploadedBy: { type: mongoose.Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "media", minimize: false },
);
schema.index({ orgId: 1, purpose: 1, createdAt: -1 });
schema.index({ userId: 1, purpose: 1, createdAt: -1 });
schema.index({ offerId: 1 }, { partialFilterExpression: { offerId: { $type: "objectId" } } });
schema.index({ requestId: 1 }, { partialFilterExpression: { requestId: { $type: "objectId" } } });
schema.index({ introductionId: 1 }, { partialFilterExpression: { introductionId: { $type: "objectId" } } });

export const mediaModel = (db: mongoose.Connection) => modelOn(db, "Media", schema);
