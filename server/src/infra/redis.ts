import { createClient } from "redis";
import type { AppDeps } from "../deps.js";

export type RedisClient = ReturnType<typeof createClient>;

const clients = new WeakMap<AppDeps, RedisClient>();

/**
 * The node's Redis connection when REDIS_URL is set (rate limits, login throttling,
 * revocation events), made on first use and connected in the background: commands sent
 * before it is ready wait in its queue; limiters fall back to memory on a Redis error.
 * One per AppDeps (one per app node); closed by closeSharedRedis (the realtime server's close).
 */
export function sharedRedis(deps: Pick<AppDeps, "config" | "logger">): RedisClient | undefined {
  const url = deps.config.REDIS_URL;
  if (!url) return undefined;
  const key = deps as AppDeps;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ url });
    client.on("error", (err: unknown) => deps.logger.warn({ err }, "redis client error"));
    clients.set(key, client);
    client.connect().catch((err: unknown) => deps.logger.warn({ err }, "redis connection failed"));
  }
  return client;
}

export async function closeSharedRedis(deps: AppDeps): Promise<void> {
  const client = clients.get(deps);
  clients.delete(deps);
  if (client?.isOpen) await client.close().catch(() => undefined);
}
