/**
 * `npm run bench:chat-burst`: what it costs a node to store a burst of chat messages handed
 * over in one turn of its event loop (a node catching up after a pause, replies that arrive
 * together), one insert command per message (as before insert groups) against one group
 * (insertChatMessage), in alternating bursts of the same run.
 * MONGODB_URI when set, else the development MongoDB in this process (so the CPU figures
 * count the database's work too).
 *   CHAT_BURST_SIZE (default 50), CHAT_BURST_COUNT (default 60)
 */
import { performance } from "node:perf_hooks";
import mongoose from "mongoose";
import { type DevMongoServer, startDevMongo } from "@parklink/devmongo";
import { chatMessageModel, type ChatMessageDoc } from "../../server/src/modules/chat/model.js";
import { insertChatMessage } from "../../server/src/modules/chat/writer.js";

const SIZE = Number(process.env.CHAT_BURST_SIZE ?? 50);
const COUNT = Number(process.env.CHAT_BURST_COUNT ?? 60);

type Mode = "one insert per message" | "one group per burst";

async function main(): Promise<void> {
  let server: DevMongoServer | undefined;
  const uri = process.env.MONGODB_URI ?? (server = await startDevMongo()).uri;
  const db = await mongoose.createConnection(uri, { dbName: `bench_chat_burst_${Date.now().toString(36)}`, monitorCommands: true }).asPromise();
  const Messages = chatMessageModel(db);
  await Messages.init();
  let commands = 0;
  db.getClient().on("commandStarted", (e) => void (e.commandName === "insert" && commands++));
  const conversations = Array.from({ length: SIZE }, () => new mongoose.Types.ObjectId());
  const sender = new mongoose.Types.ObjectId();
  let seq = 0;
  const burst = (): ChatMessageDoc[] => {
    seq++;
    return conversations.map((introductionId, i) => ({
      _id: new mongoose.Types.ObjectId(),
      introductionId,
      seq,
      senderId: sender,
      clientId: `${seq}-${i}`,
      text: `message ${seq} of conversation ${i}: shall we compare incubator programmes next week?`,
      sentAt: new Date(),
    }));
  };
  const store: Record<Mode, (docs: ChatMessageDoc[]) => Promise<unknown>> = {
    "one insert per message": (docs) => Promise.all(docs.map((d) => Messages.collection.insertOne(d))),
    "one group per burst": (docs) => Promise.all(docs.map((d) => insertChatMessage(db, d))),
  };
  const modes = Object.keys(store) as Mode[];
  const results = new Map<Mode, { wall: number[]; cpuUs: number; commands: number }>(modes.map((m) => [m, { wall: [], cpuUs: 0, commands: 0 }]));
  // Warm-up, then alternating bursts so that drift (a growing collection, the JIT) falls on both alike.
  for (const mode of modes) for (let i = 0; i < 5; i++) await store[mode](burst());
  for (let i = 0; i < COUNT; i++) {
    for (const mode of i % 2 ? [...modes].reverse() : modes) {
      const docs = burst();
      const r = results.get(mode)!;
      const before = { cpu: process.cpuUsage(), commands, t: performance.now() };
      await store[mode](docs);
      r.wall.push(performance.now() - before.t);
      const cpu = process.cpuUsage(before.cpu);
      r.cpuUs += cpu.user + cpu.system;
      r.commands += commands - before.commands;
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`Storing ${COUNT} bursts of ${SIZE} chat messages handed over in one turn (${server ? "development MongoDB in this process" : "MONGODB_URI"})`);
  for (const [mode, r] of results) {
    console.log(
      `${mode.padEnd(24)} burst stored in ${median(r.wall).toFixed(1)} ms (median); CPU ${(r.cpuUs / 1000 / (COUNT * SIZE)).toFixed(3)} ms per message; ${(r.commands / COUNT).toFixed(1)} insert commands per burst`,
    );
  }
  const [single, grouped] = modes.map((m) => results.get(m)!);
  console.log(`grouped / one per message: time ${(median(grouped.wall) / median(single.wall)).toFixed(2)}×, CPU ${(grouped.cpuUs / single.cpuUs).toFixed(2)}×`);
  await db.dropDatabase();
  await db.close();
  await server?.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
