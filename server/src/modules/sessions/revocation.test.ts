import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { signAccessToken } from "../auth/guard.js";
import { userModel } from "../auth/model.js";
import { membershipModel } from "../orgs/model.js";
import { hashPassword } from "./hashing.js";
import { recordSessionChanges } from "./changes.js";
import { closeClients, connectClient, createIntroduction, nextEvent, startChatNode, type ChatNode } from "../chat/testing.js";

const PASSWORD = "correct-horse-42";

describe("sessions: revocation takes effect at once (HTTP and sockets)", () => {
  let ctx: TestContext;
  let node: ChatNode;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext();
    node = await startChatNode(ctx.app, ctx.deps);
    admin = await makeUser(ctx, "admin", "CISIP Admin");
  });
  afterAll(async () => {
    closeClients();
    await node.close();
    await ctx.cleanup();
  });

  const signIn = async (email: string) => {
    const res = await request(ctx.app).post("/api/auth/login").send({ email, password: PASSWORD }).expect(200);
    return res.body as { accessToken: string; refreshToken: string };
  };
  const me = (token: string) => request(ctx.app).get("/api/auth/me").set("Authorization", `Bearer ${token}`);

  it("when a member logs out, then the access token of that session is refused on the next request, and its socket ends", async () => {
    const user = await makeUser(ctx);
    const session = await signIn(user.email);
    await me(session.accessToken).expect(200);
    const socket = await connectClient(node.url, session.accessToken);
    const ended = nextEvent(socket, "session:ended");
    await request(ctx.app).post("/api/auth/logout").send({ refreshToken: session.refreshToken }).expect(204);
    expect((await me(session.accessToken).expect(401)).body.error.code).toBe("unauthorized");
    expect(await ended).toEqual({ reason: "logout" });
  });

  it("when a member changes their password, then every older access token is refused and the new one works", async () => {
    const user = await makeUser(ctx);
    const other = await signIn(user.email);
    const current = await signIn(user.email);
    const socket = await connectClient(node.url, other.accessToken);
    const ended = nextEvent(socket, "session:ended");
    const changed = await request(ctx.app)
      .post("/api/auth/change-password")
      .set("Authorization", `Bearer ${current.accessToken}`)
      .send({ currentPassword: PASSWORD, newPassword: "Another-horse-43" })
      .expect(200);
    await me(other.accessToken).expect(401);
    await me(current.accessToken).expect(401);
    await me(changed.body.accessToken).expect(200);
    expect(await ended).toEqual({ reason: "password_changed" });
  });

  it("when a password is reset by e-mail link, then the access tokens signed before are refused", async () => {
    const user = await makeUser(ctx);
    const session = await signIn(user.email);
    await request(ctx.app).post("/api/auth/password-reset/request").send({ email: user.email }).expect(202);
    await ctx.flushMail();
    const mail = ctx.mail.filter((m) => m.to === user.email).at(-1)!;
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text)![1];
    await request(ctx.app).post("/api/auth/password-reset/confirm").send({ token, newPassword: "Reset-horse-44" }).expect(204);
    await me(session.accessToken).expect(401);
  });

  it("when staff is demoted to member, then the staff token no longer reaches staff routes, and a refresh gives a member token", async () => {
    const staff = await makeUser(ctx, "staff");
    const session = await signIn(staff.email);
    await request(ctx.app).get("/api/admin/vetting").set("Authorization", `Bearer ${session.accessToken}`).expect(200);
    await request(ctx.app).patch(`/api/auth/users/${staff.id}/role`).set("Authorization", admin.bearer).send({ role: "member" }).expect(200);
    await request(ctx.app).get("/api/admin/vetting").set("Authorization", `Bearer ${session.accessToken}`).expect(401);
    const refreshed = await request(ctx.app).post("/api/auth/refresh").send({ refreshToken: session.refreshToken }).expect(200);
    expect(refreshed.body.user.role).toBe("member");
    await request(ctx.app).get("/api/admin/vetting").set("Authorization", `Bearer ${refreshed.body.accessToken}`).expect(403);
  });

  it("when an account is suspended or deleted, then its tokens are refused at once, its socket ends, and it cannot sign in", async () => {
    const suspended = await makeUser(ctx);
    const deleted = await makeUser(ctx);
    const socket = await connectClient(node.url, suspended.token);
    const ended = nextEvent(socket, "session:ended");
    await request(ctx.app).patch(`/api/auth/users/${suspended.id}/suspension`).set("Authorization", admin.bearer).send({ suspended: true }).expect(200);
    await me(suspended.token).expect(401);
    expect(await ended).toEqual({ reason: "account_suspended" });
    expect((await request(ctx.app).post("/api/auth/login").send({ email: suspended.email, password: PASSWORD }).expect(403)).body.error.code).toBe("account_suspended");

    await request(ctx.app).delete(`/api/auth/users/${deleted.id}`).set("Authorization", admin.bearer).expect(204);
    await me(deleted.token).expect(401);
    await expect(connectClient(node.url, deleted.token)).rejects.toThrow("unauthorized");
  });

  it("when an open socket's access token expires, then the socket is ended with token_expired", async () => {
    const user = await makeUser(ctx);
    const shortLived = signAccessToken(ctx.deps.jwtSecret, 1, { userId: user.id, role: "member" });
    const socket = await connectClient(node.url, shortLived);
    expect(await nextEvent(socket, "session:ended", () => true, 5000)).toEqual({ reason: "token_expired" });
  });

  it("when a member is removed from the organization, then their open socket ends and can no longer read or send that chat", async () => {
    const { introductionId, a, orgIds } = await createIntroduction(ctx.deps);
    const owner = await makeUser(ctx);
    await membershipModel(ctx.deps.db).create({ orgId: orgIds[0], userId: owner.id, role: "owner" });
    const socket = await connectClient(node.url, a.token);
    expect(await socket.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true });
    const ended = nextEvent(socket, "session:ended");
    await request(ctx.app).delete(`/api/orgs/${orgIds[0]}/members/${a.id}`).set("Authorization", owner.bearer).expect(204);
    expect(await ended).toEqual({ reason: "membership_removed" });
    const again = await connectClient(node.url, a.token);
    expect(await again.emitWithAck("chat:history", { introductionId, limit: 10 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const sent = await again.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "still here?" });
    expect(sent).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("when an organization is deleted, then its members' open sockets end and its chats refuse them", async () => {
    const { introductionId, a, b, orgIds } = await createIntroduction(ctx.deps);
    const owner = await makeUser(ctx);
    await membershipModel(ctx.deps.db).create({ orgId: orgIds[0], userId: owner.id, role: "owner" });
    const socket = await connectClient(node.url, a.token);
    expect(await socket.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true });
    const partner = await connectClient(node.url, b.token);
    expect(await partner.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true });
    const ended = nextEvent(socket, "session:ended");
    await request(ctx.app).delete(`/api/orgs/${orgIds[0]}`).set("Authorization", owner.bearer).expect(204);
    expect(await ended).toEqual({ reason: "membership_removed" });
    const again = await connectClient(node.url, a.token);
    const sent = await again.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "still here?" });
    expect(sent).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("when the session ends mid-conversation, then a client that refreshes and reconnects resends under the same client id: nothing lost, nothing twice", async () => {
    const { introductionId, a, b } = await createIntroduction(ctx.deps);
    const email = (await userModel(ctx.deps.db).findById(a.id, { email: 1 }).lean())!.email;
    await userModel(ctx.deps.db).updateOne({ _id: a.id }, { $set: { passwordHash: await hashPassword(PASSWORD, 4) } });
    const first = await signIn(email);
    const second = await signIn(email);
    const alice = await connectClient(node.url, first.accessToken);
    await alice.emitWithAck("chat:join", { introductionId });
    const kept = crypto.randomUUID();
    expect(await alice.emitWithAck("chat:send", { introductionId, clientId: kept, text: "before the end" })).toMatchObject({ ok: true });
    const ended = nextEvent(alice, "session:ended");
    await request(ctx.app).post("/api/auth/logout").send({ refreshToken: second.refreshToken }).expect(204); // another device logs out
    expect(await ended).toEqual({ reason: "logout" });
    // The client refreshes (its own session is still valid) and reconnects with the new token.
    const refreshed = await request(ctx.app).post("/api/auth/refresh").send({ refreshToken: first.refreshToken }).expect(200);
    const again = await connectClient(node.url, refreshed.body.accessToken);
    await again.emitWithAck("chat:join", { introductionId });
    // The answer to the first send was lost as far as the client knows: it goes again, same client id.
    expect(await again.emitWithAck("chat:send", { introductionId, clientId: kept, text: "before the end" })).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(await again.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "after" })).toMatchObject({ ok: true, data: { duplicate: false } });
    const bob = await connectClient(node.url, b.token);
    const page = await bob.emitWithAck("chat:history", { introductionId, limit: 10 });
    expect(page.ok && page.data.items.map((m) => m.text)).toEqual(["before the end", "after"]);
  });

  it("when a membership ends on another node and its revocation event is lost, then chat actions on the joined socket are refused within 5 s (the change log)", async () => {
    const { introductionId, a } = await createIntroduction(ctx.deps);
    const socket = await connectClient(node.url, a.token);
    expect(await socket.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true });
    expect(await socket.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "one" })).toMatchObject({ ok: true });
    await membershipModel(ctx.deps.db).deleteMany({ userId: a.id });
    await recordSessionChanges(ctx.deps, [a.id], "membership");
    const removedAt = Date.now();
    let refusedAfterMs = Infinity;
    while (Date.now() - removedAt < 7000) {
      const typing = await socket.emitWithAck("chat:typing", { introductionId, typing: true });
      if (!typing.ok) {
        expect(typing).toMatchObject({ ok: false, error: { code: "forbidden" } });
        refusedAfterMs = Date.now() - removedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(refusedAfterMs).toBeLessThan(5000);
    const sent = await socket.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "two" });
    expect(sent).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("when a session ends on another node and its revocation event is lost, then chat actions on the open socket are refused within 5 s (the change log)", async () => {
    const { introductionId, a } = await createIntroduction(ctx.deps);
    const socket = await connectClient(node.url, a.token);
    expect(await socket.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true });
    await userModel(ctx.deps.db).updateOne({ _id: a.id }, { $inc: { sessionVersion: 1 } });
    await recordSessionChanges(ctx.deps, [a.id], "session");
    const endedAt = Date.now();
    let refusedAfterMs = Infinity;
    while (Date.now() - endedAt < 7000) {
      const typing = await socket.emitWithAck("chat:typing", { introductionId, typing: true });
      if (!typing.ok) {
        expect(typing).toMatchObject({ ok: false, error: { code: "unauthorized" } });
        refusedAfterMs = Date.now() - endedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(refusedAfterMs).toBeLessThan(5000);
  });
});
