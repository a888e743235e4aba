import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTwoNodes } from "../../../../test/helpers/two-nodes.js";
import { collect, connectClient, createIntroduction, nextEvent } from "./testing.js";

describe("chat: two server nodes behind Redis", () => {
  const two = useTwoNodes();
  const ready = () => two.ready();

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
});
