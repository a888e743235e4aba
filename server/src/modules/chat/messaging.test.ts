import crypto from "node:crypto";
import type { Express } from "express";
import request from "supertest";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatMessage } from "@parklink/shared";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { registry } from "../../infra/metrics.js";
import { closeClients, collect, connectClient, createIntroduction, createUser, nextEvent, startChatNode, until, type ChatClient, type ChatNode } from "./testing.js";

const oid = (id: string) => new mongoose.Types.ObjectId(id);

describe("chat: messages, resends, catch-up, receipts, typing, presence, limits", () => {
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

  /** An introduction with both participants connected and in its room. */
  const room = async () => {
    const intro = await createIntroduction(ctx.deps);
    const alice = await connectClient(node.url, intro.a.token);
    const bob = await connectClient(node.url, intro.b.token);
    for (const s of [alice, bob]) expect(await s.emitWithAck("chat:join", { introductionId: intro.introductionId })).toMatchObject({ ok: true });
    return { ...intro, alice, bob };
  };
  const send = async (socket: ChatClient, introductionId: string, text: string, clientId: string = crypto.randomUUID()) => {
    const ack = await socket.emitWithAck("chat:send", { introductionId, clientId, text });
    if (!ack.ok) throw new Error(`send failed: ${ack.error.code} ${ack.error.message}`);
    return ack.data;
  };

  it("when a participant sends a message, then the ack carries the stored id and time and the other participant receives it as typed", async () => {
    const { introductionId, a, alice, bob } = await room();
    const text = `<script>alert("x")</script> & "quotes" — 你好, 合作愉快 ✓`;
    const received = nextEvent(bob, "chat:message");
    const before = Date.now();
    const { message, duplicate } = await send(alice, introductionId, text);

    expect(duplicate).toBe(false);
    expect(message).toMatchObject({ introductionId, senderId: a.id, senderName: "Wang Fang", text, seq: 1 });
    expect(message.id).toMatch(/^[a-f0-9]{24}$/);
    expect(new Date(message.sentAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await received).toEqual(message);

    const stored = await ctx.deps.db.collection("chat_messages").findOne({ _id: oid(message.id) });
    expect(stored).toMatchObject({ text, seq: 1, clientId: message.clientId });
    expect(String(stored?.senderId)).toBe(a.id);
  });

  it("when a message is sent, then each of its phases is timed into parklink_chat_send_seconds and its insert group is counted", async () => {
    const { introductionId, alice } = await room();
    const count = async (text: string, series: string) => Number(new RegExp(`^${series} (\\d+)`, "m").exec(text)?.[1] ?? 0);
    const before = await registry.metrics();
    await send(alice, introductionId, "Phases, please");
    const after = await registry.metrics();
    for (const phase of ["limit", "authorize", "store", "total"]) {
      const series = `parklink_chat_send_seconds_count\\{phase="${phase}"\\}`;
      expect((await count(after, series)) - (await count(before, series))).toBe(1);
    }
    expect((await count(after, "parklink_chat_insert_group_size_sum")) - (await count(before, "parklink_chat_insert_group_size_sum"))).toBe(1);
  });

  it("when a message is resent with the same clientId, then the stored one comes back and nobody gets it twice", async () => {
    const { introductionId, alice, bob } = await room();
    const got = collect(bob, "chat:message");
    const clientId = crypto.randomUUID();
    const first = await send(alice, introductionId, "Shall we meet in Hefei?", clientId);
    const again = await send(alice, introductionId, "Shall we meet in Hefei?", clientId);
    expect(again).toEqual({ message: first.message, duplicate: true });
    // Broadcasts keep order: once the marker arrives, any second copy would have too.
    const marker = nextEvent(bob, "chat:message", (m) => m.text === "marker");
    await send(alice, introductionId, "marker");
    await marker;
    expect(got.filter((m) => m.clientId === clientId)).toHaveLength(1);
    expect(await ctx.deps.db.collection("chat_messages").countDocuments({ clientId })).toBe(1);
  });

  it("when messages are sent while the receiver is disconnected, then after reconnecting chat:sync returns exactly those, in order, once", async () => {
    const { introductionId, b, alice, bob } = await room();
    const delivered = nextEvent(bob, "chat:message");
    const seen = await send(alice, introductionId, "before the drop");
    expect(await delivered).toEqual(seen.message);
    bob.disconnect();
    const missed = [];
    for (const text of ["one", "two", "three"]) missed.push((await send(alice, introductionId, text)).message);

    const back = await connectClient(node.url, b.token);
    const live = collect(back, "chat:message");
    expect(await back.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true, data: { unread: 4 } });
    const synced = await back.emitWithAck("chat:sync", { introductionId, after: seen.message.id });
    expect(synced).toEqual({ ok: true, data: { introductionId, items: missed, hasMore: false } });
    // Without introductionId the room is that of `after`; a limit pages.
    const paged = await back.emitWithAck("chat:sync", { after: seen.message.id, limit: 2 });
    expect(paged).toMatchObject({ ok: true, data: { introductionId, hasMore: true, items: missed.slice(0, 2) } });

    const marker = nextEvent(back, "chat:message", (m) => m.text === "after the reconnect");
    await send(alice, introductionId, "after the reconnect");
    await marker;
    const all = [...(synced.ok ? synced.data.items : []), ...live].map((m) => m.text);
    expect(all).toEqual(["one", "two", "three", "after the reconnect"]);
  });

  it("when the receiver reads and types, then the sender gets the read receipt and typing, and unread counts follow", async () => {
    const { introductionId, a, b, alice, bob } = await room();
    // Bob is in the room: he sees the messages live, and his count is what he has not read.
    await send(alice, introductionId, "first");
    const second = (await send(alice, introductionId, "second")).message;
    const unreadRest = await request(api).get("/api/chat/unread").set("Authorization", `Bearer ${b.token}`).expect(200);
    expect(unreadRest.body).toEqual({ counts: { [introductionId]: 2 }, total: 2 });

    const typing = nextEvent(alice, "chat:typing");
    expect(await bob.emitWithAck("chat:typing", { introductionId, typing: true })).toEqual({ ok: true, data: null });
    expect(await typing).toEqual({ introductionId, userId: b.id, typing: true });

    const receipt = nextEvent(alice, "chat:read");
    const cleared = nextEvent(bob, "unread", (u) => u.counts[introductionId] === 0 && !u.complete);
    const ack = await bob.emitWithAck("chat:read", { introductionId, upTo: second.id });
    expect(ack).toMatchObject({ ok: true, data: { introductionId, userId: b.id, upTo: second.id } });
    expect(await receipt).toMatchObject({ introductionId, userId: b.id, upTo: second.id });
    await cleared;
    const stored = await ctx.deps.db.collection("chat_reads").findOne({ introductionId: oid(introductionId), userId: oid(b.id) });
    expect(stored).toMatchObject({ lastReadSeq: 2 });

    // Reading an older message never moves the position back.
    const first = await bob.emitWithAck("chat:history", { introductionId, limit: 1, before: second.id });
    const older = first.ok ? first.data.items[0] : undefined;
    expect(older?.text).toBe("first");
    expect(await bob.emitWithAck("chat:read", { introductionId, upTo: older!.id })).toMatchObject({ ok: true, data: { upTo: second.id } });
    const joinedAgain = await alice.emitWithAck("chat:join", { introductionId });
    expect(joinedAgain).toMatchObject({ ok: true, data: { reads: [{ userId: b.id, upTo: second.id }] } });
    await request(api).get("/api/chat/unread").set("Authorization", `Bearer ${a.token}`).expect(200, { counts: { [introductionId]: 0 }, total: 0 });
  });

  it("when a user has two tabs, then presence turns offline only after the last one leaves", async () => {
    const { introductionId, a, b, alice, bob } = await room();
    const inRoom = async () => (await node.realtime.io.in(`intro:${introductionId}`).fetchSockets()).map((s) => s.id);
    const presence = collect(bob, "presence");
    const tab2 = await connectClient(node.url, a.token);
    const joined = await tab2.emitWithAck("chat:join", { introductionId });
    expect(joined).toMatchObject({ ok: true, data: { online: expect.arrayContaining([a.id, b.id]) } });
    const tab2Id = tab2.id;
    tab2.disconnect();
    await until(async () => !(await inRoom()).includes(tab2Id!));
    // Events to one socket keep their order: a presence change would arrive before this.
    const marker = nextEvent(bob, "chat:typing");
    await alice.emitWithAck("chat:typing", { introductionId, typing: true });
    await marker;
    expect(presence).toEqual([]);

    const offline = nextEvent(bob, "presence");
    alice.disconnect();
    expect(await offline).toEqual({ introductionId, userId: a.id, online: false });
    const online = nextEvent(bob, "presence");
    const back = await connectClient(node.url, a.token);
    await back.emitWithAck("chat:join", { introductionId });
    expect(await online).toEqual({ introductionId, userId: a.id, online: true });
  });

  it("when payloads are malformed, too long or too many, then the ack is an error and nothing is stored", async () => {
    const { introductionId, alice } = await room();
    const bad = async (payload: unknown) => alice.emitWithAck("chat:send", payload as never);
    const cases: unknown[] = [
      { introductionId, text: "no clientId" },
      { introductionId, clientId: "not-a-uuid", text: "hi" },
      { introductionId, clientId: crypto.randomUUID(), text: "" },
      { introductionId, clientId: crypto.randomUUID(), text: "   \n " },
      { introductionId, clientId: crypto.randomUUID(), text: "x".repeat(4001) },
      { introductionId, clientId: crypto.randomUUID(), text: "hi", html: "<b>hi</b>" },
      { introductionId, clientId: crypto.randomUUID(), text: 42 },
      "just a string",
      null,
    ];
    for (const payload of cases) {
      const ack = await bad(payload);
      expect(ack, JSON.stringify(payload).slice(0, 80)).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    }
    const long = await bad({ introductionId, clientId: crypto.randomUUID(), text: "x".repeat(4001) });
    expect(long).toMatchObject({ ok: false, error: { message: expect.stringContaining("4000"), details: { issues: [{ field: "text" }] } } });
    expect(await ctx.deps.db.collection("chat_messages").countDocuments({ introductionId: oid(introductionId) })).toBe(0);

    expect((await send(alice, introductionId, "y".repeat(4000))).message.text).toHaveLength(4000);
    const acks = [];
    for (let i = 0; i < 20; i++) acks.push(await alice.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: `#${i}` }));
    expect(acks.filter((x) => x.ok)).toHaveLength(19);
    expect(acks.at(-1)).toMatchObject({ ok: false, error: { code: "rate_limited", details: { retryAfterSeconds: expect.any(Number) } } });
    expect(await ctx.deps.db.collection("chat_messages").countDocuments({ introductionId: oid(introductionId) })).toBe(20);
  });

  it("when history is paged by `before` over the socket and HTTP, then pages are ordered and complete", async () => {
    const { introductionId, a, alice } = await room();
    const sent: ChatMessage[] = [];
    for (let i = 1; i <= 7; i++) sent.push((await send(alice, introductionId, `m${i}`)).message);
    const newest = await alice.emitWithAck("chat:history", { introductionId, limit: 3 });
    expect(newest).toEqual({ ok: true, data: { items: sent.slice(4), hasMore: true } });
    const res = await request(api)
      .get(`/api/introductions/${introductionId}/messages?before=${sent[4].id}&limit=3`)
      .set("Authorization", `Bearer ${a.token}`)
      .expect(200);
    expect(res.body).toEqual({ items: sent.slice(1, 4), hasMore: true });
    const last = await request(api).get(`/api/introductions/${introductionId}/messages?before=${sent[1].id}`).set("Authorization", `Bearer ${a.token}`);
    expect(last.body).toEqual({ items: sent.slice(0, 1), hasMore: false });
  });

  it("when a participant is not in the room, then they are notified once per unread streak, live when connected", async () => {
    const { introductionId, b, alice, bob } = await room();
    const elsewhere = await connectClient(node.url, b.token);
    const left = await bob.emitWithAck("chat:leave", { introductionId });
    expect(left).toEqual({ ok: true, data: null });
    const pushed = nextEvent(elsewhere, "notification");
    const first = (await send(alice, introductionId, "are you there?")).message;
    expect(await pushed).toMatchObject({ type: "message", title: { en: "New message from Wang Fang" }, link: `/introductions/${introductionId}/chat` });
    await send(alice, introductionId, "second one");
    const unreadThree = nextEvent(elsewhere, "unread", (u) => u.counts[introductionId] === 3);
    await send(alice, introductionId, "third one");
    await unreadThree;
    const stored = await ctx.deps.db.collection("notifications").find({ userId: oid(b.id), type: "message" }).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0].data).toMatchObject({ introductionId, messageId: first.id });

    // Once read, the next message notifies again.
    const last = (await send(alice, introductionId, "fourth")).message;
    await elsewhere.emitWithAck("chat:read", { introductionId, upTo: last.id });
    const again = nextEvent(elsewhere, "notification");
    await send(alice, introductionId, "fifth");
    expect(await again).toMatchObject({ type: "message" });
    expect(await ctx.deps.db.collection("notifications").countDocuments({ userId: oid(b.id), type: "message" })).toBe(2);
    // One e-mail per streak too, in place of a digest line.
    const mails = await ctx.deps.db.collection("mail_outbox").find({ userId: oid(b.id), kind: "chat_message" }).sort({ _id: 1 }).toArray();
    expect(mails.map((m) => m.data.excerpt)).toEqual(["are you there?", "fifth"]);
  });

  /** Sends in the room until `userId` holds a message notification (every node hears of a new participant from the change log within a couple of seconds). */
  const sendUntilNotified = async (alice: ChatClient, introductionId: string, userId: string) => {
    const notified = () => ctx.deps.db.collection("notifications").countDocuments({ userId: oid(userId), type: "message" });
    await until(async () => {
      await send(alice, introductionId, "anyone new here?");
      if ((await notified()) > 0) return true;
      await new Promise((r) => setTimeout(r, 400));
      return false;
    }, 5000);
    expect(await notified()).toBe(1);
  };

  it("when someone joins an organization by invitation after its conversation began, then the conversation's next messages notify them too", async () => {
    const { introductionId, b, orgIds, alice } = await room();
    await send(alice, introductionId, "before anyone new");
    const carol = await createUser(ctx.deps, "member", "Carol Chen");
    const email = (await ctx.deps.db.collection("users").findOne({ _id: oid(carol.id) }))!.email as string;
    await request(api).post(`/api/orgs/${orgIds[1]}/members`).set("Authorization", `Bearer ${b.token}`).send({ email }).expect(202);
    const [offered] = (await request(api).get("/api/invitations").set("Authorization", `Bearer ${carol.token}`).expect(200)).body as { id: string }[];
    await request(api).post(`/api/invitations/${offered.id}/accept`).set("Authorization", `Bearer ${carol.token}`).expect(200);
    await sendUntilNotified(alice, introductionId, carol.id);
  });

  it("when a broker joins a conversation's chat after it began (sockets already in the room), then messages while they are away notify them too", async () => {
    const { introductionId, alice } = await room();
    await send(alice, introductionId, "before the broker");
    const broker = await createUser(ctx.deps, "staff", "Zhou Min");
    await request(api).post(`/api/admin/introductions/${introductionId}/join`).set("Authorization", `Bearer ${broker.token}`).expect(200);
    await sendUntilNotified(alice, introductionId, broker.id);
  });
});
