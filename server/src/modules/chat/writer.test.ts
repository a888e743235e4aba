import crypto from "node:crypto";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { chatMessageModel } from "./model.js";
import { RoomMemory, sendMessage } from "./service.js";
import { createIntroduction } from "./testing.js";

describe("chat: messages handed over together are stored together", () => {
  let ctx: TestContext;
  let db: mongoose.Connection;
  const inserts: number[] = [];
  beforeAll(async () => {
    ctx = await createTestContext();
    // A second connection to the same database that reports every command it sends.
    db = await mongoose.createConnection(inject("mongoUri"), { dbName: ctx.deps.db.name, monitorCommands: true }).asPromise();
    await chatMessageModel(db).init();
    db.getClient().on("commandStarted", (e) => {
      if (e.commandName === "insert" && e.command.insert === "chat_messages") inserts.push((e.command.documents as unknown[]).length);
    });
  });
  afterAll(async () => {
    await db.close();
    await ctx.cleanup();
  });

  const text = (i: number) => `message ${i}: 下周比较孵化器项目?`;

  it("when messages of many conversations are sent in one turn, then they go to MongoDB as one insert and each is stored with its conversation's next number", async () => {
    const intros = await Promise.all(Array.from({ length: 12 }, () => createIntroduction(ctx.deps)));
    // Each conversation has begun on this node, which therefore knows its last number (no read before the insert).
    const memory = new RoomMemory();
    for (const intro of intros) await sendMessage({ db }, { userId: intro.b.id, name: "Li Wei" }, { introductionId: intro.introductionId, clientId: crypto.randomUUID(), text: "hello" }, memory);
    inserts.length = 0;
    const sent = await Promise.all(
      intros.map((intro, i) => sendMessage({ db }, { userId: intro.a.id, name: "Wang Fang" }, { introductionId: intro.introductionId, clientId: crypto.randomUUID(), text: text(i) }, memory)),
    );
    expect(inserts).toEqual([12]);
    expect(sent.map((s) => [s.duplicate, s.message.seq])).toEqual(intros.map(() => [false, 2]));
    for (const [i, s] of sent.entries()) {
      const stored = await chatMessageModel(db).findById(s.message.id).lean();
      expect(stored).toMatchObject({ text: text(i), seq: 2, clientId: s.message.clientId });
      expect(String(stored!.introductionId)).toBe(intros[i].introductionId);
    }
  });

  it("when one turn holds a resend, two senders of one conversation and a fresh message, then each settles on its own: the resend gets the stored one, the others are all stored, numbered without gaps", async () => {
    const [x, y, z] = await Promise.all([createIntroduction(ctx.deps), createIntroduction(ctx.deps), createIntroduction(ctx.deps)]);
    const memory = new RoomMemory();
    const resentId = crypto.randomUUID();
    const original = await sendMessage({ db }, { userId: x.a.id, name: "Wang Fang" }, { introductionId: x.introductionId, clientId: resentId, text: "first" }, memory);
    for (const intro of [y, z]) await sendMessage({ db }, { userId: intro.a.id, name: "Wang Fang" }, { introductionId: intro.introductionId, clientId: crypto.randomUUID(), text: "hello" }, memory);
    inserts.length = 0;
    const [resent, fromA, fromB, fresh] = await Promise.all([
      sendMessage({ db }, { userId: x.a.id, name: "Wang Fang" }, { introductionId: x.introductionId, clientId: resentId, text: "first" }, memory),
      sendMessage({ db }, { userId: y.a.id, name: "Wang Fang" }, { introductionId: y.introductionId, clientId: crypto.randomUUID(), text: "from a" }, memory),
      sendMessage({ db }, { userId: y.b.id, name: "Li Wei" }, { introductionId: y.introductionId, clientId: crypto.randomUUID(), text: "from b" }, memory),
      sendMessage({ db }, { userId: z.b.id, name: "Li Wei" }, { introductionId: z.introductionId, clientId: crypto.randomUUID(), text: "fresh" }, memory),
    ]);
    expect(inserts[0]).toBe(4);
    expect(resent).toEqual({ message: original.message, duplicate: true });
    expect(fresh).toMatchObject({ duplicate: false, message: { seq: 2, text: "fresh" } });
    // The two senders took the same number in the group: one kept it, the other took the next.
    expect([fromA.message.seq, fromB.message.seq].sort()).toEqual([2, 3]);
    const stored = await chatMessageModel(db).find({ introductionId: new mongoose.Types.ObjectId(y.introductionId), seq: { $gt: 1 } }).sort({ seq: 1 }).lean();
    expect(stored.map((m) => [m.seq, m.text])).toEqual(
      [fromA, fromB].sort((p, q) => p.message.seq - q.message.seq).map((s) => [s.message.seq, s.message.text]),
    );
    expect(await chatMessageModel(db).countDocuments({ clientId: resentId })).toBe(1);
  });

  it("when the database refuses a group outright, then every message of it fails and nothing is half-written", async () => {
    const [x, y] = await Promise.all([createIntroduction(ctx.deps), createIntroduction(ctx.deps)]);
    const closed = await mongoose.createConnection(inject("mongoUri"), { dbName: ctx.deps.db.name, bufferCommands: false }).asPromise();
    await closed.close();
    const results = await Promise.allSettled(
      [x, y].map((intro) => sendMessage({ db: closed }, { userId: intro.a.id, name: "Wang Fang" }, { introductionId: intro.introductionId, clientId: crypto.randomUUID(), text: "lost?" })),
    );
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await chatMessageModel(db).countDocuments({ text: "lost?" })).toBe(0);
  });
});
