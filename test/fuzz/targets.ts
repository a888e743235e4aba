import crypto from "node:crypto";
import type { AppDeps } from "../../server/src/deps.js";
import { createUser } from "../../server/src/modules/auth/service.js";
import { signAccessToken, type Role } from "../../server/src/modules/auth/guard.js";
import { buildOffer, buildPark, buildRequest } from "../factories.js";
import type { Identities } from "./openapi-walk.js";

async function bearerFor(deps: AppDeps, role: Role): Promise<string> {
  const email = `fuzz-${role}-${crypto.randomBytes(4).toString("hex")}@parklink.test`;
  const user = await createUser(deps, { email, password: "correct-horse-42", name: `Fuzz ${role}`, role, phone: "+33 4 93 00 00 00" });
  return `Bearer ${signAccessToken(deps.jwtSecret, 3600, { userId: String(user._id), role })}`;
}

async function post(baseUrl: string, bearer: string, path: string, body: unknown): Promise<string> {
  const res = await fetch(`${baseUrl}/api${path}`, { method: "POST", headers: { authorization: bearer, "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = (await res.json()) as { id?: string };
  if (!res.ok || !json.id) throw new Error(`setting up the fuzz targets: POST ${path} answered ${res.status} ${JSON.stringify(json)}`);
  return json.id;
}

/**
 * Who the walk signs in as (a member, and staff when asked) and real records for its
 * parameters: the member's approved park, one of its requests and one of its offers.
 */
export async function fuzzIdentities(deps: AppDeps, baseUrl: string, { staff = false } = {}): Promise<Identities> {
  const member = await bearerFor(deps, "member");
  const staffBearer = await bearerFor(deps, "staff");
  const orgId = await post(baseUrl, member, "/orgs", buildPark({ name: { en: `Fuzz Park ${crypto.randomBytes(3).toString("hex")}` } }));
  const vetted = await fetch(`${baseUrl}/api/admin/vetting/${orgId}`, { method: "POST", headers: { authorization: staffBearer, "content-type": "application/json" }, body: '{"decision":"approve"}' });
  if (!vetted.ok) throw new Error(`setting up the fuzz targets: approval answered ${vetted.status}`);
  const requestId = await post(baseUrl, member, "/requests", buildRequest(orgId));
  const offerId = await post(baseUrl, member, "/offers", buildOffer(orgId));
  const memberId = JSON.parse(Buffer.from(member.slice(7).split(".")[1], "base64url").toString()).sub as string;
  return { bearers: staff ? [member, staffBearer] : [member], ids: [orgId, requestId, offerId, memberId] };
}
