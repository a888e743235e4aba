import mongoose from "mongoose";
import type { Bilingual, PartnerKind, RequestState } from "@parklink/shared";
import { modelOn } from "../../infra/model.js";

export interface CooperationRequest {
  _id: mongoose.Types.ObjectId;
  orgId: mongoose.Types.ObjectId;
  type: string;
  title: Bilingual;
  description: Bilingual;
  industries: string[];
  targetRegions: string[];
  targetCountries: string[];
  partnerKinds: PartnerKind[];
  trlMin?: number;
  trlMax?: number;
  ticketMinUsd?: number;
  ticketMaxUsd?: number;
  state: RequestState;
  expiresAt: Date;
  openedAt?: Date;
  closedAt?: Date;
  /** When the owners were last prompted to renew (so they are prompted once per expiry date). */
  renewalPromptedFor?: Date;
  /** When its top matches were last stored as suggestions for staff. */
  suggestionsAt?: Date;
  seedKey?: string;
  createdBy?: mongoose.Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const schema = new mongoose.Schema<CooperationRequest>(
  {
    orgId: { type: mongoose.Schema.Types.ObjectId, required: true },
    type: { type: String, required: true },
    title: { en: { type: String, default: "" }, local: String, originalLang: String },
    description: { en: { type: String, default: "" }, local: String, originalLang: String },
    industries: { type: [String], default: [] },
    targetRegions: { type: [String], default: [] },
    targetCountries: { type: [String], default: [] },
    partnerKinds: { type: [String], default: [] },
    trlMin: Number,
    trlMax: Number,
    ticketMinUsd: Number,
    ticketMaxUsd: Number,
    state: { type: String, enum: ["draft", "open", "matched", "closed", "expired"], default: "draft" },
    expiresAt: { type: Date, required: true },
    openedAt: Date,
    closedAt: Date,
    renewalPromptedFor: Date,
    suggestionsAt: Date,
    seedKey: String,
    createdBy: mongoose.Schema.Types.ObjectId,
  },
  { timestamps: true, collection: "requests" },
);
schema.index({ orgId: 1, state: 1 });
schema.index({ state: 1, expiresAt: 1 });
schema.index({ state: 1, suggestionsAt: 1 });
schema.index({ state: 1, type: 1, industries: 1 });
schema.index({ seedKey: 1 }, { unique: true, partialFilterExpression: { seedKey: { $type: "string" } } });

export const requestModel = (db: mongoose.Connection) => modelOn(db, "CooperationRequest", schema);
