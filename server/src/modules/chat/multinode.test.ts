import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { useTwoNodes } from "../../../../test/helpers/two-nodes.js";
import { sharedRedis } from "../../infra/redis.js";
import { chatMessageModel } from "./model.js";
import { RoomMemory, sendMessage } from "./service.js";
import { collect, connectClient, createIntroduction, nextEvent } from "./testing.js";

describe("chat: two server nodes behind Redis", () => {
  const two = useTwoNodes();
  const ready = () => two.ready();
  /** An introduction with one side connected to node A and the other to node B, both in its room. */
  const inRoomOnTwoNodes = async () => {
    ready();
    const [nodeA, nodeB] = two.nodes;
    const intro = await createIntroduction(two.ctx.deps);
    const alice = await connectClient(nodeA.url, intro.a.token);
    const bob = await connectClient(nodeB.url, intro.b.token);
    for (const s of [alice, bob]) expect(await s.emitWithAck("chat:join", { introductionId: intro.introductionId })).toMatchObject({ ok: true });
    return { ...intro, alice, bob };
  };

  it("when a client on node A sends, then a client on node B receives it once, and presence, typing and receipts cross too", async () => {
    ready();
    const [nodeA, nodeB] = two.nodes;
    const { introductionId, a, b } = await createIntroduction(two.ctx.deps);
    const alice = await connectClient(nodeA.url, a.token);
    const bob = await connectClient(nodeB.url, b.token);
    expect(await alice.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: true, data: { online: [a.id] } });
    const online = nextEvent(alice, "presence");
    const joined = await bob.emitWithAck("chat:join", { introductionId });
    expect(joined).toMatchObject({ ok: true });
    expect(joined.ok && [...joined.data.online].sort()).toEqual([a.id, b.id].sort());
    expect(await online).toEqual({ introductionId, userId: b.id, online: true });

    const got = collect(bob, "chat:message");
    const received = nextEvent(bob, "chat:message");
    const clientId = crypto.randomUUID();
    const sent = await alice.emitWithAck("chat:send", { introductionId, clientId, text: "Greetings from Zhongguancun" });
    expect(sent.ok).toBe(true);
    const message = sent.ok ? sent.data.message : undefined;
    expect(await received).toEqual(message);
    expect(await alice.emitWithAck("chat:send", { introductionId, clientId, text: "Greetings from Zhongguancun" })).toMatchObject({
      ok: true,
      data: { duplicate: true, message: { id: message?.id } },
    });

    const typing = nextEvent(alice, "chat:typing");
    await bob.emitWithAck("chat:typing", { introductionId, typing: true });
    expect(await typing).toEqual({ introductionId, userId: b.id, typing: true });
    const receipt = nextEvent(alice, "chat:read");
    await bob.emitWithAck("chat:read", { introductionId, upTo: message!.id });
    expect(await receipt).toMatchObject({ userId: b.id, upTo: message!.id });
    expect(got.map((m) => m.id)).toEqual([message!.id]);

    // A reply from B, numbered after A's message although another node stored it.
    const reply = nextEvent(alice, "chat:message");
    const answered = await bob.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "Hallo aus Adlershof" });
    expect(await reply).toMatchObject({ seq: 2, senderId: b.id, text: "Hallo aus Adlershof" });
    expect(answered).toMatchObject({ ok: true, data: { message: { seq: 2 } } });

    const offline = nextEvent(alice, "presence");
    bob.disconnect();
    expect(await offline).toEqual({ introductionId, userId: b.id, online: false });
  });

  it("when a user has sockets on both two.nodes, then the rate limit counts them together", async () => {
    ready();
    const [nodeA, nodeB] = two.nodes;
    const { introductionId, a } = await createIntroduction(two.ctx.deps);
    const tabs = [await connectClient(nodeA.url, a.token), await connectClient(nodeB.url, a.token)];
    const acks = [];
    for (let i = 0; i < 21; i++) {
      acks.push(await tabs[i % 2].emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: `#${i}` }));
    }
    expect(acks.filter((x) => x.ok)).toHaveLength(20);
    expect(acks[20]).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    const seqs = acks.flatMap((x) => (x.ok ? [x.data.message.seq] : []));
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("when a conversation goes back and forth between nodes, then each node numbers the next message from what it delivered, without reading the database", async () => {
    const { introductionId, alice, bob } = await inRoomOnTwoNodes();
    const send = (who: typeof alice, text: string) => who.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text });
    let delivered = nextEvent(bob, "chat:message");
    await send(alice, "first");
    await delivered;
    const reads = [vi.spyOn(chatMessageModel(two.ctx.deps.db), "findOne"), vi.spyOn(chatMessageModel(two.depsB.db), "findOne")];
    try {
      for (const [i, [from, to]] of [[bob, alice], [alice, bob], [bob, alice]].entries()) {
        delivered = nextEvent(to, "chat:message");
        expect(await send(from, `reply ${i}`)).toMatchObject({ ok: true, data: { message: { seq: i + 2 } } });
        await delivered;
      }
      expect(reads.map((r) => r.mock.calls.length)).toEqual([0, 0]);
    } finally {
      for (const r of reads) r.mockRestore();
    }
    // Both sides at the same moment: every message stored once, numbered in turn.
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => send(i % 2 ? alice : bob, `burst ${i}`)));
    const seqs = burst.flatMap((x) => (x.ok ? [x.data.message.seq] : [])).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 10 }, (_, i) => i + 5));
  });

  it("when a node's last number is stale, then a conflict on the number tells it the one taken and it stores the next without a read", async () => {
    ready();
    const { introductionId, a } = await createIntroduction(two.ctx.deps);
    const sender = { userId: a.id, name: "Wang Fang" };
    const payload = (text: string) => ({ introductionId, clientId: crypto.randomUUID(), text });
    for (const text of ["one", "two", "three"]) await sendMessage(two.ctx.deps, sender, payload(text));
    const stale = new RoomMemory();
    stale.sawSeq(introductionId, 2);
    const reads = vi.spyOn(chatMessageModel(two.ctx.deps.db), "findOne");
    try {
      const sent = await sendMessage(two.ctx.deps, sender, payload("four"), stale);
      expect(sent.message.seq).toBe(4);
      expect(reads).not.toHaveBeenCalled();
      expect(stale.lastSeq(introductionId)).toBe(4);
    } finally {
      reads.mockRestore();
    }
  });

  it("when the other side is in the room on another node, then a message does not notify them; once they leave the room, the next one does", async () => {
    const { introductionId, alice, bob } = await inRoomOnTwoNodes();
    const notifications = collect(bob, "notification");
    const send = (text: string) => alice.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text });
    const delivered = nextEvent(bob, "chat:message");
    expect(await send("you are here")).toMatchObject({ ok: true });
    await delivered;
    expect(await bob.emitWithAck("chat:leave", { introductionId })).toEqual({ ok: true, data: null });
    const pushed = nextEvent(bob, "notification");
    expect(await send("now you are not")).toMatchObject({ ok: true });
    expect(await pushed).toMatchObject({ type: "message", link: `/introductions/${introductionId}/chat` });
    expect(notifications).toHaveLength(1);
  });

  it("when a member of neither side sends to the conversation from the other node, then it is refused and nothing is stored or delivered", async () => {
    const { introductionId, alice } = await inRoomOnTwoNodes();
    const stranger = await createIntroduction(two.ctx.deps);
    const mallory = await connectClient(two.nodes[1].url, stranger.a.token);
    const got = collect(alice, "chat:message");
    const refused = await mallory.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "let me in" });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await mallory.emitWithAck("chat:join", { introductionId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toEqual([]);
    expect(await chatMessageModel(two.ctx.deps.db).countDocuments({ introductionId })).toBe(0);
  });

  it("when only node A has a socket in a room, then only node A listens to that room's channel in Redis (a node hears the rooms it serves, not every message)", async () => {
    ready();
    const { introductionId, a } = await createIntroduction(two.ctx.deps);
    const alice = await connectClient(two.nodes[0].url, a.token);
    await alice.emitWithAck("chat:join", { introductionId });
    const redis = sharedRedis(two.ctx.deps)!;
    const listeners = async () => Number(((await redis.sendCommand(["PUBSUB", "SHARDNUMSUB", `parklink#/#intro:${introductionId}#`])) as unknown[])[1]);
    expect(await listeners()).toBe(1);
    const bob = await connectClient(two.nodes[1].url, a.token);
    await bob.emitWithAck("chat:join", { introductionId });
    expect(await listeners()).toBe(2);
  });
});
