import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "redis";
import { createLogger } from "../../infra/logger.js";
import type { RedisClient } from "../../infra/redis.js";
import { redisPresence } from "./presence.js";
import { startRedis } from "./testing.js";

describe("chat: presence across nodes, in Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  const clients: RedisClient[] = [];
  const logger = createLogger({ NODE_ENV: "test", logLevel: "silent" });
  const client = async () => {
    const c: RedisClient = createClient({ url: redis.url });
    await c.connect();
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => c.close()));
    await redis.stop();
  });

  it("when a user joins on node A, then node B sees them until they leave; a node that stops cleanly takes its users with it", async () => {
    const [a, b] = [await redisPresence(await client(), logger), await redisPresence(await client(), logger)];
    await a.joined("intro-1", "u1");
    await b.joined("intro-1", "u2");
    expect(await b.users("intro-1")).toEqual(new Set(["u1", "u2"]));
    expect(await a.users("intro-2")).toEqual(new Set());
    await a.left("intro-1", "u1");
    expect(await b.users("intro-1")).toEqual(new Set(["u2"]));
    await a.joined("intro-1", "u1");
    await a.close();
    expect(await b.users("intro-1")).toEqual(new Set(["u2"]));
    await b.close();
  });

  it("when a node dies without a word (no heartbeat), then its users count as gone once it has been silent too long, and its entries are removed", async () => {
    const dying = await client();
    const crashed = await redisPresence(dying, logger, { heartbeatMs: 100, deadAfterMs: 600 });
    const survivor = await redisPresence(await client(), logger, { heartbeatMs: 100, deadAfterMs: 600 });
    await crashed.joined("intro-3", "u3");
    await new Promise((r) => setTimeout(r, 250));
    expect(await survivor.users("intro-3")).toEqual(new Set(["u3"]));
    // A kill -9: the connection drops, nothing is cleaned up, the heartbeats stop.
    dying.destroy();
    const deadline = Date.now() + 5000;
    while ((await survivor.users("intro-3")).size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await survivor.users("intro-3")).toEqual(new Set());
    const entries = () => clients[clients.length - 1].sMembers("parklink:presence:intro-3");
    while ((await entries()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await entries()).toEqual([]);
    await survivor.close();
  });
});
