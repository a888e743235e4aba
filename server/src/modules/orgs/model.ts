import mongoose from "mongoose";
import type { Bilingual, Contact, OrgKind, OrgStatus } from "@parklink/shared";
import { modelOn } from "../../infra/model.js";

export interface VettingEntry {
  decision: "submitted" | "approve" | "reject";
  by: mongoose.Types.ObjectId | null;
  at: Date;
  reason?: string;
}

export interface Org {
  _id: mongoose.Types.ObjectId;
  kind: OrgKind;
  status: OrgStatus;
  name: Bilingual;
  description: Bilingual;
  country: string;
  region: string;
  city: string;
  website?: string;
  industries: string[];
  cooperationInterests: string[];
  interestRegions: string[];
  languages: string[];
  contacts: Contact[];
  /** Existing partnerships the organization declares. */
  partners?: { orgId: mongoose.Types.ObjectId; type: string; since?: number }[];
  park?: Record<string, unknown>;
  enterprise?: Record<string, unknown> & { homeParkId?: mongoose.Types.ObjectId };
  investor?: Record<string, unknown>;
  institution?: Record<string, unknown>;
  vetting: VettingEntry[];
  createdBy?: mongoose.Types.ObjectId;
  /** Stable key of seeded records, so seeding twice changes nothing. */
  seedKey?: string;
  createdAt: Date;
  updatedAt: Date;
}

const bilingual = { en: { type: String, default: "" }, local: String, originalLang: String };

const schema = new mongoose.Schema<Org>(
  {
    kind: { type: String, required: true, enum: ["park", "enterprise", "investor", "institution"] },
    status: { type: String, required: true, enum: ["pending", "approved", "rejected"], default: "pending" },
    name: { en: { type: String, required: true }, local: String },
    description: bilingual,
    country: { type: String, required: true },
    region: { type: String, required: true },
    city: { type: String, required: true },
    website: String,
    industries: { type: [String], default: [] },
    cooperationInterests: { type: [String], default: [] },
    interestRegions: { type: [String], default: [] },
    languages: { type: [String], default: [] },
    contacts: { type: [{ _id: false, name: String, title: String, email: String, phone: String }], default: [] },
    partners: { type: [{ _id: false, orgId: mongoose.Schema.Types.ObjectId, type: { type: String }, since: Number }], default: [] },
    park: { type: mongoose.Schema.Types.Mixed },
    enterprise: { type: mongoose.Schema.Types.Mixed },
    investor: { type: mongoose.Schema.Types.Mixed },
    institution: { type: mongoose.Schema.Types.Mixed },
    vetting: {
      type: [{ _id: false, decision: String, by: { type: mongoose.Schema.Types.ObjectId, default: null }, at: Date, reason: String }],
      default: [],
    },
    createdBy: { type: mongoose.Schema.Types.ObjectId },
    seedKey: { type: String },
  },
  { timestamps: true, collection: "orgs", minimize: false },
);
schema.index({ status: 1, kind: 1, country: 1 });
schema.index({ status: 1, industries: 1 });
schema.index({ status: 1, createdAt: 1 });
schema.index({ "partners.orgId": 1 });
schema.index({ seedKey: 1 }, { unique: true, partialFilterExpression: { seedKey: { $type: "string" } } });

export const orgModel = (db: mongoose.Connection) => modelOn(db, "Org", schema);

export interface Membership {
  orgId: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  role: "owner" | "editor";
  createdAt: Date;
}

const membershipSchema = new mongoose.Schema<Membership>(
  {
    orgId: { type: mongoose.Schema.Types.ObjectId, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    role: { type: String, enum: ["owner", "editor"], required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "memberships" },
);
membershipSchema.index({ orgId: 1, userId: 1 }, { unique: true });
membershipSchema.index({ userId: 1 });

export const membershipModel = (db: mongoose.Connection) => modelOn(db, "Membership", membershipSchema);
