import { describe, expect, it } from "vitest";
import { createOfferBody, createOrgBody, createRequestBody, createUserBody } from "@parklink/shared";
import {
  DEMO_ACCOUNTS,
  SEED_ENTERPRISES,
  SEED_INSTITUTIONS,
  SEED_INVESTORS,
  SEED_OFFERS,
  SEED_PAIRS,
  SEED_PARKS,
  SEED_REQUESTS,
} from "./index.js";
import { syntheticOffers, syntheticOrgs, syntheticRequests } from "./synthetic.js";

const ORG_ID = "0123456789abcdef01234567";
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);
const issues = (r: { success: boolean; error?: { issues: unknown[] } }) => (r.success ? [] : r.error?.issues);

const SEED_ORGS = [...SEED_PARKS, ...SEED_ENTERPRISES, ...SEED_INVESTORS, ...SEED_INSTITUTIONS];
const ORG_KEYS = new Set(SEED_ORGS.map((o) => o.key));

describe("synthetic organizations", () => {
  const orgs = [...syntheticOrgs(2000, 7)];

  it("when 2,000 are generated, then every one passes createOrgBody", () => {
    const failures = orgs
      .map((o) => {
        const { syntheticKey, ...body } = o;
        return { syntheticKey, issues: issues(createOrgBody.safeParse(body)) };
      })
      .filter((f) => f.issues?.length);
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it("when generated twice with one seed, then the output is identical; another seed differs", () => {
    expect([...syntheticOrgs(300, 7)]).toEqual(orgs.slice(0, 300));
    expect([...syntheticOrgs(50, 8)].map((o) => o.name.en)).not.toEqual(orgs.slice(0, 50).map((o) => o.name.en));
  });

  it("when generated, then keys are unique and names nearly so", () => {
    expect(new Set(orgs.map((o) => o.syntheticKey)).size).toBe(orgs.length);
    expect(new Set(orgs.map((o) => o.name.en)).size).toBeGreaterThan(orgs.length * 0.98);
    expect(orgs.every((o) => o.name.local && o.description.local)).toBe(true);
  });

  it("when generated, then the kinds are mixed about 15/60/10/15 and China is the largest country", () => {
    const share = (kind: string) => orgs.filter((o) => o.kind === kind).length / orgs.length;
    expect(share("park")).toBeCloseTo(0.15, 1);
    expect(share("enterprise")).toBeCloseTo(0.6, 1);
    expect(share("investor")).toBeCloseTo(0.1, 1);
    expect(share("institution")).toBeCloseTo(0.15, 1);
    const cn = orgs.filter((o) => o.country === "CN").length;
    expect(cn / orgs.length).toBeGreaterThan(0.3);
    expect(new Set(orgs.map((o) => o.country)).size).toBeGreaterThan(25);
  });
});

describe("synthetic offers and requests", () => {
  const keys = [...syntheticOrgs(500, 3)].map((o) => o.syntheticKey);
  const offers = [...syntheticOffers(400, 3, keys)];
  const requests = [...syntheticRequests(400, 3, keys)];

  it("when generated, then every offer passes createOfferBody and belongs to an enterprise or institution", () => {
    const bad = offers.filter(({ offer: { expiresInDays, ...o } }) => !createOfferBody.safeParse({ ...o, orgId: ORG_ID, expiresAt: inDays(expiresInDays) }).success);
    expect(bad.slice(0, 3)).toEqual([]);
    expect(offers.every((o) => /^syn-3-[ei]\d+$/.test(o.orgKey))).toBe(true);
  });

  it("when generated, then every request passes createRequestBody", () => {
    const bad = requests.filter(({ request: { expiresInDays, ...r } }) => !createRequestBody.safeParse({ ...r, orgId: ORG_ID, expiresAt: inDays(expiresInDays) }).success);
    expect(bad.slice(0, 3)).toEqual([]);
    expect(new Set(requests.map((r) => r.request.type)).size).toBeGreaterThan(6);
  });

  it("when generated twice, then they are identical, and with no owners there are none", () => {
    expect([...syntheticOffers(400, 3, keys)]).toEqual(offers);
    expect([...syntheticRequests(400, 3, keys)]).toEqual(requests);
    expect([...syntheticOffers(5, 3, [])]).toEqual([]);
  });
});

describe("real seed data", () => {
  it("when validated, then every organization passes createOrgBody", () => {
    const bad = SEED_ORGS.map((o) => ({ key: o.key, issues: issues(createOrgBody.safeParse(o.org)) })).filter((f) => f.issues?.length);
    expect(bad).toEqual([]);
  });

  it("when validated, then every offer and request passes its schema", () => {
    const badOffers = SEED_OFFERS.map(({ key, offer: { expiresInDays, ...o } }) => ({
      key,
      issues: issues(createOfferBody.safeParse({ ...o, orgId: ORG_ID, expiresAt: inDays(expiresInDays) })),
    })).filter((f) => f.issues?.length);
    const badRequests = SEED_REQUESTS.map(({ key, request: { expiresInDays, ...r } }) => ({
      key,
      issues: issues(createRequestBody.safeParse({ ...r, orgId: ORG_ID, expiresAt: inDays(expiresInDays) })),
    })).filter((f) => f.issues?.length);
    expect(badOffers).toEqual([]);
    expect(badRequests).toEqual([]);
  });

  it("when keys are listed, then they are unique within organizations, offers and requests", () => {
    expect(ORG_KEYS.size).toBe(SEED_ORGS.length);
    expect(new Set(SEED_OFFERS.map((o) => o.key)).size).toBe(SEED_OFFERS.length);
    expect(new Set(SEED_REQUESTS.map((r) => r.key)).size).toBe(SEED_REQUESTS.length);
  });

  it("when records refer to others, then every key exists and has the right kind", () => {
    const parkKeys = new Set(SEED_PARKS.map((p) => p.key));
    const requestKeys = new Set(SEED_REQUESTS.map((r) => r.key));
    const offerOwners = new Set([...SEED_ENTERPRISES, ...SEED_INSTITUTIONS].map((o) => o.key));
    expect(SEED_ENTERPRISES.filter((e) => e.homeParkKey && !parkKeys.has(e.homeParkKey)).map((e) => e.key)).toEqual([]);
    expect(SEED_OFFERS.filter((o) => !offerOwners.has(o.orgKey)).map((o) => o.key)).toEqual([]);
    expect(SEED_REQUESTS.filter((r) => !ORG_KEYS.has(r.orgKey)).map((r) => r.key)).toEqual([]);
    expect(SEED_PAIRS.filter((p) => !requestKeys.has(p.requestKey) || !ORG_KEYS.has(p.partnerKey))).toEqual([]);
    expect(DEMO_ACCOUNTS.filter((a) => a.orgKey && !ORG_KEYS.has(a.orgKey))).toEqual([]);
  });

  it("when counted, then the documents' parks, pairs and demo roles are all there", () => {
    expect(SEED_PARKS.length).toBeGreaterThanOrEqual(25);
    expect(SEED_PARKS.every((p) => p.org.name.local && p.org.description.local && p.org.contacts.length === 1)).toBe(true);
    expect(SEED_PAIRS.length).toBeGreaterThanOrEqual(6);
    expect(SEED_PAIRS).toContainEqual(expect.objectContaining({ requestKey: "chengdu-sister-park-europe", partnerKey: "sophia-antipolis" }));
    expect(SEED_PAIRS).toContainEqual(expect.objectContaining({ requestKey: "qinzhou-dual-park-asean", partnerKey: "kuantan-industrial-park" }));
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(new Set(["member", "staff", "admin"]));
    expect(DEMO_ACCOUNTS.find((a) => a.orgKey === "chengdu-hi-tech-zone")).toBeDefined();
  });

  it("when demo accounts are registered, then each passes the user schema", () => {
    for (const a of DEMO_ACCOUNTS) {
      expect(issues(createUserBody.safeParse({ email: a.email, password: a.password, name: a.name, role: a.role }))).toEqual([]);
    }
  });
});
