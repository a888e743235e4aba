import mongoose from "mongoose";
import type { CreateOrgBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { createUser } from "../auth/service.js";
import { userModel } from "../auth/model.js";
import type { Viewer } from "../orgs/access.js";
import { membershipModel, orgModel } from "../orgs/model.js";
import { createOrg } from "../orgs/service.js";
import { offerModel } from "../offers/model.js";
import { createOffer } from "../offers/service.js";
import { requestModel } from "../requests/model.js";
import { createRequest } from "../requests/service.js";
import {
  DEMO_ACCOUNTS,
  SEED_ENTERPRISES,
  SEED_INSTITUTIONS,
  SEED_INVESTORS,
  SEED_OFFERS,
  SEED_PARKS,
  SEED_REQUESTS,
} from "./data/index.js";

const DAY = 24 * 3600 * 1000;
/** Seeding acts as the platform itself: staff rights, no user. */
const SYSTEM: Viewer = { staff: true, memberships: new Map() };

export interface SeedReport {
  users: number;
  orgs: number;
  offers: number;
  requests: number;
  accounts: { email: string; password: string; role: string; org?: string }[];
}

/**
 * Loads the real parks of the documents and the organizations, offers and requests
 * around them, plus demo accounts. Every record has a stable seed key, so running it
 * again (or on a database that has them) creates nothing twice.
 */
export async function seedDemoData(deps: AppDeps): Promise<SeedReport> {
  const report: SeedReport = { users: 0, orgs: 0, offers: 0, requests: 0, accounts: [] };
  const orgIds = new Map<string, mongoose.Types.ObjectId>();
  const existingOrgs = await orgModel(deps.db).find({ seedKey: { $exists: true } }, { seedKey: 1 }).lean();
  for (const o of existingOrgs) if (o.seedKey) orgIds.set(o.seedKey, o._id);

  const addOrg = async (key: string, body: CreateOrgBody) => {
    if (orgIds.has(key)) return;
    const org = await createOrg(deps, SYSTEM, body, { seedKey: key, status: "approved" });
    orgIds.set(key, org._id);
    report.orgs++;
  };
  for (const { key, org } of SEED_PARKS) await addOrg(key, org);
  for (const { key, org } of [...SEED_INSTITUTIONS, ...SEED_INVESTORS]) await addOrg(key, org);
  for (const { key, homeParkKey, org } of SEED_ENTERPRISES) {
    const homeParkId = homeParkKey ? orgIds.get(homeParkKey) : undefined;
    const body = homeParkId && org.kind === "enterprise" ? { ...org, enterprise: { ...org.enterprise, homeParkId: String(homeParkId) } } : org;
    await addOrg(key, body);
  }

  const now = Date.now();
  const seededOffers = new Set((await offerModel(deps.db).find({ seedKey: { $exists: true } }, { seedKey: 1 }).lean()).map((o) => o.seedKey));
  for (const { key, orgKey, offer } of SEED_OFFERS) {
    const orgId = orgIds.get(orgKey);
    if (seededOffers.has(key) || !orgId) continue;
    const { expiresInDays, ...fields } = offer;
    await createOffer(deps, SYSTEM, { ...fields, orgId: String(orgId), expiresAt: new Date(now + expiresInDays * DAY) }, key);
    report.offers++;
  }
  const seededRequests = new Set((await requestModel(deps.db).find({ seedKey: { $exists: true } }, { seedKey: 1 }).lean()).map((r) => r.seedKey));
  for (const { key, orgKey, request } of SEED_REQUESTS) {
    const orgId = orgIds.get(orgKey);
    if (seededRequests.has(key) || !orgId) continue;
    const { expiresInDays, ...fields } = request;
    await createRequest(
      deps,
      SYSTEM,
      { ...fields, targetRegions: fields.targetRegions ?? [], targetCountries: fields.targetCountries ?? [], orgId: String(orgId), state: "open", expiresAt: new Date(now + expiresInDays * DAY) },
      key,
    );
    report.requests++;
  }

  for (const account of DEMO_ACCOUNTS) {
    const existing = await userModel(deps.db).findOne({ email: account.email }, { _id: 1 }).lean();
    let userId = existing?._id;
    if (!userId) {
      userId = (await createUser(deps, { email: account.email, password: account.password, name: account.name, role: account.role }))._id;
      report.users++;
    }
    const orgId = account.orgKey ? orgIds.get(account.orgKey) : undefined;
    if (orgId) {
      await membershipModel(deps.db).updateOne({ orgId, userId }, { $setOnInsert: { role: "owner" } }, { upsert: true });
    }
    report.accounts.push({ email: account.email, password: account.password, role: account.role, ...(account.orgKey ? { org: account.orgKey } : {}) });
  }
  return report;
}

/** True when the database holds no organization yet (then `npm start` seeds it). */
export async function isEmpty(deps: AppDeps): Promise<boolean> {
  return (await orgModel(deps.db).estimatedDocumentCount()) === 0;
}
