import crypto from "node:crypto";
import type { Express } from "express";
import request from "supertest";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { signAccessToken } from "../auth/guard.js";
import {
  closeClients,
  connectClient,
  createIntroduction,
  createOrg,
  createUser,
  startChatNode,
  type ChatNode,
} from "./testing.js";

describe("chat: who may enter an introduction's room", () => {
  let ctx: TestContext;
  let node: ChatNode;
  let api: Express;
  beforeAll(async () => {
    ctx = await createTestContext();
    node = await startChatNode(ctx.app, ctx.deps);
    api = ctx.app;
  });
  afterAll(async () => {
    closeClients();
    await node.close();
    await ctx.cleanup();
  });

  const history = (id: string, token: string) => request(api).get(`/api/introductions/${id}/messages`).set("Authorization", `Bearer ${token}`);

  it("when a socket connects without a token, with a bad one or for an unknown user, then the handshake fails with unauthorized", async () => {
    await expect(connectClient(node.url, undefined)).rejects.toThrow("unauthorized");
    await expect(connectClient(node.url, "not-a-jwt")).rejects.toThrow("unauthorized");
    const wrongKey = signAccessToken(crypto.randomBytes(32).toString("hex"), 900, { userId: new mongoose.Types.ObjectId().toString(), role: "member" });
    await expect(connectClient(node.url, wrongKey)).rejects.toThrow("unauthorized");
    const ghost = signAccessToken(ctx.deps.jwtSecret, 900, { userId: new mongoose.Types.ObjectId().toString(), role: "member" });
    await expect(connectClient(node.url, ghost)).rejects.toThrow("unauthorized");
  });

  it("when a member of an unrelated organization tries to join, read history or sync, then forbidden and no message is revealed", async () => {
    const { introductionId, a } = await createIntroduction(ctx.deps);
    const stranger = await createUser(ctx.deps, "member", "Zhang Wei");
    await createOrg(ctx.deps, "Suzhou Industrial Park", [stranger]);
    const alice = await connectClient(node.url, a.token);
    await alice.emitWithAck("chat:join", { introductionId });
    const sent = await alice.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "confidential terms" });
    expect(sent.ok).toBe(true);
    const messageId = sent.ok ? sent.data.message.id : "";

    const spy = await connectClient(node.url, stranger.token);
    const joined = await spy.emitWithAck("chat:join", { introductionId });
    expect(joined).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const page = await spy.emitWithAck("chat:history", { introductionId });
    expect(page).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const synced = await spy.emitWithAck("chat:sync", { introductionId, after: messageId });
    expect(synced).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const typing = await spy.emitWithAck("chat:typing", { introductionId, typing: true });
    expect(typing).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const posted = await spy.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "hello?" });
    expect(posted).toMatchObject({ ok: false, error: { code: "forbidden" } });

    const rest = await history(introductionId, stranger.token).expect(403);
    expect(rest.body.error.code).toBe("forbidden");
    expect(JSON.stringify([joined, page, synced, rest.body])).not.toContain("confidential");
    expect(await ctx.deps.db.collection("chat_messages").countDocuments({ introductionId: new mongoose.Types.ObjectId(introductionId) })).toBe(1);

    const own = await history(introductionId, a.token).expect(200);
    expect(own.body.items.map((m: { text: string }) => m.text)).toEqual(["confidential terms"]);
  });

  it("when both sides have not yet accepted (introducedAt unset), then even its participants cannot join or read the chat", async () => {
    const { introductionId, a, b } = await createIntroduction(ctx.deps, { introduced: false });
    for (const user of [a, b]) {
      const socket = await connectClient(node.url, user.token);
      expect(await socket.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const sent = await socket.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "too early" });
      expect(sent).toMatchObject({ ok: false, error: { code: "forbidden" } });
      await history(introductionId, user.token).expect(403);
    }
    expect(await ctx.deps.db.collection("chat_messages").countDocuments({ introductionId: new mongoose.Types.ObjectId(introductionId) })).toBe(0);
  });

  it("when a staff user is invited, then they may join; staff not invited may not", async () => {
    const broker = await createUser(ctx.deps, "staff", "Chen Jing");
    const other = await createUser(ctx.deps, "staff", "Liu Yang");
    const { introductionId } = await createIntroduction(ctx.deps, { invitedStaff: [broker] });
    const invited = await connectClient(node.url, broker.token);
    expect(await invited.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true, data: { introductionId } });
    await history(introductionId, broker.token).expect(200);
    const uninvited = await connectClient(node.url, other.token);
    expect(await uninvited.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    await history(introductionId, other.token).expect(403);
  });

  it("when the introduction does not exist or the id is malformed, then not_found / validation_failed (404 / 400 over HTTP)", async () => {
    const user = await createUser(ctx.deps);
    const socket = await connectClient(node.url, user.token);
    const missing = new mongoose.Types.ObjectId().toString();
    expect(await socket.emitWithAck("chat:join", { introductionId: missing })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await socket.emitWithAck("chat:join", { introductionId: "42" })).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    await history(missing, user.token).expect(404);
    await history("42", user.token).expect(400);
    await request(api).get(`/api/introductions/${missing}/messages`).expect(401);
  });
});
