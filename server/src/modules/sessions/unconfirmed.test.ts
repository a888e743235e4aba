import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser } from "../../../../test/helpers/users.js";
import { userModel } from "../auth/model.js";
import { closeClients, connectClient, createIntroduction, startChatNode, type ChatNode } from "../chat/testing.js";
import { forgetSession } from "./state.js";

const SOME_ID = "64b7f0c2a1b2c3d4e5f60718";

describe("sessions: an account with an unconfirmed e-mail reads but does not post", () => {
  let ctx: TestContext;
  let node: ChatNode;
  beforeAll(async () => {
    ctx = await createTestContext();
    node = await startChatNode(ctx.app, ctx.deps);
  });
  afterAll(async () => {
    closeClients();
    await node.close();
    await ctx.cleanup();
  });

  const unconfirm = async (userId: string) => {
    await userModel(ctx.deps.db).updateOne({ _id: userId }, { $set: { emailConfirmed: false } });
    forgetSession(ctx.deps.db, userId);
  };

  it.each([
    ["post", "/api/orgs"],
    ["patch", `/api/orgs/${SOME_ID}`],
    ["post", `/api/orgs/${SOME_ID}/members`],
    ["post", "/api/requests"],
    ["post", `/api/requests/${SOME_ID}/transition`],
    ["post", "/api/offers"],
    ["delete", `/api/offers/${SOME_ID}`],
    ["post", "/api/introductions"],
    ["post", `/api/introductions/${SOME_ID}/respond`],
    ["post", `/api/invitations/${SOME_ID}/accept`],
  ] as const)("when it calls %s %s, then 403 email_unconfirmed", async (method, path) => {
    const user = await makeUser(ctx);
    await unconfirm(user.id);
    const res = await request(ctx.app)[method](path).set("Authorization", user.bearer).send({});
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("email_unconfirmed");
  });

  it("when it is a side of an introduction, then it reads the chat but cannot send", async () => {
    const { introductionId, a } = await createIntroduction(ctx.deps);
    await unconfirm(a.id);
    const socket = await connectClient(node.url, a.token);
    expect(await socket.emitWithAck("chat:history", { introductionId, limit: 10 })).toMatchObject({ ok: true });
    const sent = await socket.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "hello" });
    expect(sent).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("when it reads or edits its own profile, then it may", async () => {
    const user = await makeUser(ctx);
    await unconfirm(user.id);
    await request(ctx.app).get("/api/orgs").set("Authorization", user.bearer).expect(200);
    await request(ctx.app).patch("/api/auth/me").set("Authorization", user.bearer).send({ name: "Still Me" }).expect(200);
  });
});
