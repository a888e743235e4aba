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
  config: Pick<Config, "MONGODB_URI" | "MONGO_BACKEND" | "MEILI_URL" | "MEILI_MASTER_KEY" | "MEILI_BIN" | "MEILI_MAX_INDEXING_MEMORY" | "DATA_DIR">,
  logger: Logger,
  { ephemeral }: { ephemeral: boolean },
): Promise<Services> {
  const dataDir = ephemeral ? undefined : path.resolve(config.DATA_DIR);
  const [mongo, meili] = await Promise.all([
    startMongoBackend({ uri: config.MONGODB_URI, prefer: config.MONGO_BACKEND, dataDir, logger }),
    config.MEILI_URL && config.MEILI_MASTER_KEY
      ? Promise.resolve<MeiliEndpoint>({ url: config.MEILI_URL, masterKey: config.MEILI_MASTER_KEY })
      : startEmbeddedMeili({
          bin: config.MEILI_BIN,
          dataDir,
          maxIndexingMemory: config.MEILI_MAX_INDEXING_MEMORY,
          logger,
        }),
  ]);
  return {
    mongo,
    meili,
    stop: async () => {
      await Promise.allSettled([mongo.stop(), meili?.process?.stop()]);
    },
  };
}
