import mongoose from "mongoose";
import { modelOn } from "../../infra/model.js";
import type { FactorBreakdown, Reason } from "./scoring/index.js";

/** A top match of a request, stored when the request opens, for staff to review and propose. */
export interface StoredSuggestion {
  _id: mongoose.Types.ObjectId;
  requestId: mongoose.Types.ObjectId;
  requesterOrgId: mongoose.Types.ObjectId;
  candidate: { entity: "org" | "offer" | "request"; id: mongoose.Types.ObjectId; orgId: mongoose.Types.ObjectId; name: { en: string; local?: string } };
  rank: number;
  score: number;
  factors: FactorBreakdown[];
  reasons: Reason[];
  status: "new" | "proposed" | "dismissed";
  introductionId?: mongoose.Types.ObjectId;
  /** Set while either organization is not approved (a vetting reversal): kept, but shown to no one. */
  withheld?: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const schema = new mongoose.Schema<StoredSuggestion>(
  {
    requestId: { type: mongoose.Schema.Types.ObjectId, required: true },
    requesterOrgId: { type: mongoose.Schema.Types.ObjectId, required: true },
    candidate: {
      entity: { type: String, enum: ["org", "offer", "request"], required: true },
      id: { type: mongoose.Schema.Types.ObjectId, required: true },
      orgId: { type: mongoose.Schema.Types.ObjectId, required: true },
      name: { en: String, local: String },
    },
    rank: Number,
    score: Number,
    factors: { type: mongoose.Schema.Types.Mixed, default: () => [] },
    reasons: { type: mongoose.Schema.Types.Mixed, default: () => [] },
    status: { type: String, enum: ["new", "proposed", "dismissed"], default: "new" },
    introductionId: mongoose.Schema.Types.ObjectId,
    withheld: Boolean,
  },
  { timestamps: true, collection: "suggestions" },
);
schema.index({ requestId: 1, "candidate.id": 1 }, { unique: true });
schema.index({ status: 1, score: -1 });

export const suggestionModel = (db: mongoose.Connection) => modelOn(db, "Suggestion", schema);
