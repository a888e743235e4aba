import type { Express } from "express";
import type mongoose from "mongoose";
import { afterAll, beforeAll, inject } from "vitest";
import { createApp } from "../../server/src/app.js";
import type { AppDeps } from "../../server/src/deps.js";
import { connectMongo } from "../../server/src/infra/mongo.js";
import { closeClients, startChatNode, startRedis, type ChatNode } from "../../server/src/modules/chat/testing.js";
import { createTestContext, type TestContext } from "./context.js";
import "../setup/provided.js";

export interface TwoNodes {
  ctx: TestContext;
  /** Node B's app: its own MongoDB connection and its own caches, as a second process has. */
  appB: Express;
  /** Node B's dependencies (its own MongoDB connection). */
  depsB: AppDeps;
  /** HTTP and Socket.IO of node A (ctx.app) and node B, joined by Debian's redis-server. */
  nodes: ChatNode[];
  /** Throws the setup's error, so that without redis-server every test fails (never a skip). */
  ready(): void;
}

/** Two app nodes on one database behind one Redis, for the test file that calls it (hooks registered here). */
export function useTwoNodes(): TwoNodes {
  let redis: { url: string; stop(): Promise<void> } | undefined;
  let secondDb: mongoose.Connection | undefined;
  let setupError: unknown;
  const two = {
    nodes: [] as ChatNode[],
    ready() {
      if (setupError) throw setupError;
    },
  } as TwoNodes;
  beforeAll(async () => {
    try {
      redis = await startRedis();
      two.ctx = await createTestContext({ REDIS_URL: redis.url });
      secondDb = await connectMongo(inject("mongoUri"), two.ctx.deps.db.name);
      two.depsB = { ...two.ctx.deps, db: secondDb };
      two.appB = createApp(two.depsB);
      two.nodes.push(await startChatNode(two.ctx.app, two.ctx.deps), await startChatNode(two.appB, two.depsB));
    } catch (err) {
      setupError = err;
    }
  });
  afterAll(async () => {
    closeClients();
    for (const n of two.nodes) await n.close();
    await secondDb?.close();
    await two.ctx?.cleanup();
    await redis?.stop();
  });
  return two;
}
