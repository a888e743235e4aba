// Record shapes of the seed data: plain API bodies plus stable keys, so that
// seeding is idempotent and records can point at each other before ids exist.
import type { CreateOfferBody, CreateOrgBody, CreateRequestBody, OrgKind, UserRole } from "@parklink/shared";

export type OrgBodyOf<K extends OrgKind> = Extract<CreateOrgBody, { kind: K }>;

export interface SeedOrg<K extends OrgKind = OrgKind> {
  /** Stable slug, e.g. "sophia-antipolis". */
  key: string;
  org: OrgBodyOf<K>;
}

/** An enterprise may name its home park by key; the seeder turns it into `enterprise.homeParkId`. */
export interface SeedEnterprise extends SeedOrg<"enterprise"> {
  homeParkKey?: string;
}

export interface SeedOffer {
  key: string;
  orgKey: string;
  offer: Omit<CreateOfferBody, "orgId" | "expiresAt"> & { expiresInDays: number };
}

export type SeedRequestBody = Omit<CreateRequestBody, "orgId" | "expiresAt" | "state"> & { expiresInDays: number };

export interface SeedRequest {
  key: string;
  orgKey: string;
  request: SeedRequestBody;
}

/** A real cooperation from the reference documents: the request should rank this partner highly. */
export interface SeedPair {
  requestKey: string;
  partnerKey: string;
  why: string;
}

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: UserRole;
  /** The account owns this organization. */
  orgKey?: string;
}
