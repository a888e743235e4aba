import crypto from "node:crypto";
import mongoose from "mongoose";
import { performance } from "node:perf_hooks";
import { startDevMongo } from "../../server/src/infra/devmongo/index.js";
import { connectMongo } from "../../server/src/infra/mongo.js";
import { sendMessage, fanOutMessage, authorizeRoom } from "../../server/src/modules/chat/service.js";
import { chatMessageModel, chatReadModel } from "../../server/src/modules/chat/model.js";
const dev = await startDevMongo();
const db = await connectMongo(dev.uri, "micro");
await chatMessageModel(db).init(); await chatReadModel(db).init();
const intros = Array.from({length: 500}, () => new mongoose.Types.ObjectId().toString());
const t = async (label: string, n: number, fn: (i: number) => Promise<unknown>) => {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  console.log(label, ((performance.now() - t0) / n).toFixed(3), "ms/op");
};
for (let r = 0; r < 3; r++) {
  await t("send", 1000, (i) => sendMessage({ db }, { userId: new mongoose.Types.ObjectId().toString(), name: "x" } as never, { introductionId: intros[i % 500], clientId: crypto.randomUUID(), text: "hello there" }).catch(e => { throw e; }));
}
await t("findOne", 1000, (i) => chatMessageModel(db).findOne({ introductionId: new mongoose.Types.ObjectId(intros[i % 500]) }, { seq: 1 }).sort({ seq: -1 }).lean());
await t("count", 1000, (i) => chatMessageModel(db).countDocuments({ introductionId: new mongoose.Types.ObjectId(intros[i % 500]), seq: { $gt: 1 }, senderId: { $ne: new mongoose.Types.ObjectId() } }));
await t("ping", 1000, () => db.db!.admin().ping());
await db.close(); await dev.stop();
