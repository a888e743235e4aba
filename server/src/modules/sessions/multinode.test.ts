import { describe, expect, it } from "vitest";
import request from "supertest";
import type { Express } from "express";
import { useTwoNodes } from "../../../../test/helpers/two-nodes.js";
import { makeUser } from "../../../../test/helpers/users.js";
import { connectClient, createIntroduction, nextEvent, until } from "../chat/testing.js";
import { membershipModel } from "../orgs/model.js";
import { FREE_FAILURES } from "./login-throttle.js";

const PASSWORD = "correct-horse-42";

describe("sessions: revocation and throttling on two nodes behind Redis", () => {
  const two = useTwoNodes();
  const ready = () => two.ready();

  const signIn = async (app: Express, email: string) =>
    (await request(app).post("/api/auth/login").send({ email, password: PASSWORD }).expect(200)).body as { accessToken: string; refreshToken: string };
  const status = async (app: Express, path: string, token: string) =>
    (await request(app).get(path).set("Authorization", `Bearer ${token}`)).status;

  it("when a password is changed on node A, then node B refuses the old token and both two.nodes end the user's sockets within 5 s", async () => {
    ready();
    const [nodeA, nodeB] = two.nodes;
    const user = await makeUser(two.ctx);
    const session = await signIn(two.appB, user.email);
    expect(await status(two.appB, "/api/auth/me", session.accessToken)).toBe(200); // cached as valid on node B
    const onA = await connectClient(nodeA.url, session.accessToken);
    const onB = await connectClient(nodeB.url, session.accessToken);
    const endedA = nextEvent(onA, "session:ended", () => true, 5000);
    const endedB = nextEvent(onB, "session:ended", () => true, 5000);
    await request(two.ctx.app)
      .post("/api/auth/change-password")
      .set("Authorization", `Bearer ${session.accessToken}`)
      .send({ currentPassword: PASSWORD, newPassword: "Another-horse-43" })
      .expect(200);
    expect(await endedA).toEqual({ reason: "password_changed" });
    expect(await endedB).toEqual({ reason: "password_changed" });
    await until(async () => (await status(two.appB, "/api/auth/me", session.accessToken)) === 401, 5000);
  });

  it("when staff is demoted on node B, then node A refuses the staff token within 5 s", async () => {
    ready();
    const admin = await makeUser(two.ctx, "admin");
    const staff = await makeUser(two.ctx, "staff");
    const session = await signIn(two.ctx.app, staff.email);
    expect(await status(two.ctx.app, "/api/admin/vetting", session.accessToken)).toBe(200);
    await request(two.appB).patch(`/api/auth/users/${staff.id}/role`).set("Authorization", admin.bearer).send({ role: "member" }).expect(200);
    await until(async () => (await status(two.ctx.app, "/api/admin/vetting", session.accessToken)) === 401, 5000);
  });

  it("when a member is removed from the organization on node A, then their socket on node B ends and cannot rejoin the chat", async () => {
    ready();
    const [nodeA, nodeB] = two.nodes;
    const { introductionId, a, orgIds } = await createIntroduction(two.ctx.deps);
    const owner = await makeUser(two.ctx);
    await membershipModel(two.ctx.deps.db).create({ orgId: orgIds[0], userId: owner.id, role: "owner" });
    const socket = await connectClient(nodeB.url, a.token);
    expect(await socket.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true });
    const ended = nextEvent(socket, "session:ended", () => true, 5000);
    await request(two.ctx.app).delete(`/api/orgs/${orgIds[0]}/members/${a.id}`).set("Authorization", owner.bearer).expect(204);
    expect(await ended).toEqual({ reason: "membership_removed" });
    const again = await connectClient(nodeA.url, a.token);
    expect(await again.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("when failed sign-ins are spread over both two.nodes, then they count together and the next try is slowed down", async () => {
    ready();
    const user = await makeUser(two.ctx);
    for (let i = 0; i <= FREE_FAILURES; i++) {
      await request(i % 2 ? two.appB : two.ctx.app).post("/api/auth/login").send({ email: user.email, password: `Wrong-${i}-password` }).expect(401);
    }
    const slowed = await request(two.ctx.app).post("/api/auth/login").send({ email: user.email, password: PASSWORD });
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("when one IP spreads sign-up attempts over both two.nodes, then the per-route limit counts them together", async () => {
    ready();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await request(i % 2 ? two.appB : two.ctx.app).post("/api/auth/register").send({ email: "x" })).status);
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
