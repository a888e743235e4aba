import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";
import type { Logger } from "./logger.js";
import { startMongoBackend, type MongoBackend } from "./mongo.js";
import { startEmbeddedMeili, type MeiliEndpoint } from "./meili-process.js";

export interface Services {
  mongo: MongoBackend;
  meili: MeiliEndpoint | undefined;
  stop(): Promise<void>;
}

/**
 * Starts (or points at) MongoDB and Meilisearch. Used by `npm start` (persistent data
 * under DATA_DIR) and by the test global setup (ephemeral) alike.
 */
export async function startServices(
  config: Pick<Config, "MONGODB_URI" | "MONGO_BACKEND" | "DEVMONGO_SLOW_MS" | "MEILI_URL" | "MEILI_MASTER_KEY" | "MEILI_BIN" | "MEILI_MAX_INDEXING_MEMORY" | "MEILI_MAX_INDEXING_THREADS" | "DATA_DIR">,
  logger: Logger,
  { ephemeral }: { ephemeral: boolean },
): Promise<Services> {
  const dataDir = ephemeral ? undefined : path.resolve(config.DATA_DIR);
  const [mongo, meili] = await Promise.all([
    startMongoBackend({ uri: config.MONGODB_URI, prefer: config.MONGO_BACKEND, dataDir, slowMs: config.DEVMONGO_SLOW_MS, logger }),
    config.MEILI_URL && config.MEILI_MASTER_KEY
      ? Promise.resolve<MeiliEndpoint>({ url: config.MEILI_URL, masterKey: config.MEILI_MASTER_KEY })
      : startEmbeddedMeili({
          bin: config.MEILI_BIN,
          dataDir,
          maxIndexingMemory: config.MEILI_MAX_INDEXING_MEMORY,
          maxIndexingThreads: config.MEILI_MAX_INDEXING_THREADS,
          logger,
        }),
  ]);
  const handoff = dataDir ? path.join(dataDir, HANDOFF_FILE) : undefined;
  if (handoff && (mongo.kind !== "external" || meili?.process)) {
    const write = () => {
      const info: RunningServicesInfo = { pid: process.pid, mongoUri: mongo.uri, mongoBackend: mongo.kind, meiliUrl: meili?.url, meiliKey: meili?.masterKey };
      fs.writeFileSync(handoff, JSON.stringify(info), { mode: 0o600 });
    };
    write();
    // A supervised Meilisearch restarted on another port: scripts must find the new one.
    meili?.process?.onRestart(write);
  }
  return {
    mongo,
    meili,
    stop: async () => {
      if (handoff) fs.rmSync(handoff, { force: true });
      await Promise.allSettled([mongo.stop(), meili?.process?.stop()]);
    },
  };
}

const HANDOFF_FILE = "services.json";

/** What a running `npm start` tells scripts (seed, reindex) on the same machine about its embedded services. */
export interface RunningServicesInfo {
  pid: number;
  mongoUri: string;
  mongoBackend: MongoBackend["kind"];
  meiliUrl?: string;
  meiliKey?: string;
}

export function runningServices(dataDir: string): RunningServicesInfo | undefined {
  const file = path.join(path.resolve(dataDir), HANDOFF_FILE);
  if (!fs.existsSync(file)) return undefined;
  try {
    const info = JSON.parse(fs.readFileSync(file, "utf8")) as RunningServicesInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return undefined;
  }
}
