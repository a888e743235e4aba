import { performance } from "node:perf_hooks";
import { ObjectId } from "bson";
import { Store } from "./catalog.js";
import { runCommand } from "./commands/index.js";
import { CursorRegistry } from "./cursors.js";
import { Sessions } from "./sessions.js";
const store = new Store();
const state = { store, sessions: new Sessions(store), cursors: new CursorRegistry(), host: "h", port: 1, startedAt: new Date(), electionId: new ObjectId(), openConnections: () => 0 };
const docs = Array.from({ length: 10000 }, (_, seq) => ({ seq, email: `user${seq}@x`, emailCopy: `user${seq}@x`, group: seq % 50, amount: seq % 97 }));
runCommand(state, { insert: "rows", documents: docs }, "b", 1);
runCommand(state, { createIndexes: "rows", indexes: [{ key: { email: 1 }, name: "email_1", unique: true }] }, "b", 1);
for (const [label, field] of [["indexed", "email"], ["unindexed", "emailCopy"]]) {
  const t = performance.now();
  for (let i = 0; i < 1000; i++) runCommand(state, { find: "rows", filter: { [field]: `user${(i * 7919) % 10000}@x` }, limit: 1, singleBatch: true }, "b", 1);
  console.log(label, ((performance.now() - t) / 1000).toFixed(4), "ms/op");
}
const t = performance.now();
for (let i = 0; i < 20; i++) runCommand(state, { aggregate: "rows", pipeline: [{ $group: { _id: "$group", total: { $sum: "$amount" } } }], cursor: {} }, "b", 1);
console.log("agg", ((performance.now() - t) / 20).toFixed(2), "ms/op");
import { cloneValue } from "./values.js";
import { runPipeline } from "./engine.js";
const all = [...store.get("b", "rows")!.docs.values()];
let t2 = performance.now();
for (let i = 0; i < 20; i++) all.map((d) => cloneValue(d));
console.log("clone", ((performance.now() - t2) / 20).toFixed(2));
t2 = performance.now();
for (let i = 0; i < 20; i++) runPipeline(all, [{ $group: { _id: "$group", total: { $sum: "$amount" } } }]);
console.log("group", ((performance.now() - t2) / 20).toFixed(2));
