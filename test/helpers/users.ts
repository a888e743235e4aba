import crypto from "node:crypto";
import request from "supertest";
import type { TestContext } from "./context.js";
import { createUser } from "../../server/src/modules/auth/service.js";
import { signAccessToken, type Role } from "../../server/src/modules/auth/guard.js";
import type { CreateOrgBody } from "@parklink/shared";

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  token: string;
  /** Authorization header value. */
  bearer: string;
}

/** A real stored user with a real signed access token. */
export async function makeUser(ctx: TestContext, role: Role = "member", name = "Test User"): Promise<TestUser> {
  const email = `${role}-${crypto.randomBytes(4).toString("hex")}@parklink.test`;
  const user = await createUser(ctx.deps, { email, password: "correct-horse-42", name, role, phone: "+33 4 93 00 00 00" });
  const token = signAccessToken(ctx.deps.jwtSecret, 900, { userId: String(user._id), role });
  return { id: String(user._id), email, role, token, bearer: `Bearer ${token}` };
}

/** Creates an organization through the API as `owner`, and (optionally) has staff approve it. */
export async function makeOrg(ctx: TestContext, owner: TestUser, body: CreateOrgBody, approveAs?: TestUser): Promise<string> {
  const created = await request(ctx.app).post("/api/orgs").set("Authorization", owner.bearer).send(body).expect(201);
  const id = created.body.id as string;
  if (approveAs) {
    await request(ctx.app).post(`/api/admin/vetting/${id}`).set("Authorization", approveAs.bearer).send({ decision: "approve" }).expect(200);
  }
  return id;
}
