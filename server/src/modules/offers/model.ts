import mongoose from "mongoose";
import type { Bilingual } from "@parklink/shared";
import { modelOn } from "../../infra/model.js";

export interface Offer {
  _id: mongoose.Types.ObjectId;
  orgId: mongoose.Types.ObjectId;
  title: Bilingual;
  summary: Bilingual;
  industries: string[];
  trl: number;
  ipStatus: string;
  transferModes: string[];
  targetRegions: string[];
  status: "active" | "withdrawn";
  expiresAt: Date;
  seedKey?: string;
  createdBy?: mongoose.Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const schema = new mongoose.Schema<Offer>(
  {
    orgId: { type: mongoose.Schema.Types.ObjectId, required: true },
    title: { en: { type: String, default: "" }, local: String, originalLang: String },
    summary: { en: { type: String, default: "" }, local: String, originalLang: String },
    industries: { type: [String], default: [] },
    trl: { type: Number, required: true, min: 1, max: 9 },
    ipStatus: { type: String, required: true },
    transferModes: { type: [String], default: [] },
    targetRegions: { type: [String], default: [] },
    status: { type: String, enum: ["active", "withdrawn"], default: "active" },
    expiresAt: { type: Date, required: true },
    seedKey: String,
    createdBy: mongoose.Schema.Types.ObjectId,
  },
  { timestamps: true, collection: "offers" },
);
schema.index({ orgId: 1 });
schema.index({ status: 1, expiresAt: 1, industries: 1 });
schema.index({ seedKey: 1 }, { unique: true, partialFilterExpression: { seedKey: { $type: "string" } } });

export const offerModel = (db: mongoose.Connection) => modelOn(db, "Offer", schema);
