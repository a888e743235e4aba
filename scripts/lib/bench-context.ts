import crypto from "node:crypto";
import { loadConfig } from "../../server/src/config.js";
import type { AppDeps } from "../../server/src/deps.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { memoryMailer } from "../../server/src/infra/mail.js";
import { connectMongo } from "../../server/src/infra/mongo.js";
import { createSearch } from "../../server/src/infra/search.js";
import { startServices, type Services } from "../../server/src/infra/services.js";

export interface EphemeralContext {
  deps: AppDeps;
  services: Services;
  close(): Promise<void>;
}

/** Fresh, throw-away MongoDB and Meilisearch for a benchmark or an evaluation run. */
export async function openEphemeralContext(dbName: string): Promise<EphemeralContext> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  const logger = createLogger({ logLevel: "warn", NODE_ENV: "test" });
  const services = await startServices(config, logger, { ephemeral: true });
  if (!services.meili) throw new Error("Meilisearch is required (no binary for this platform; set MEILI_URL)");
  const db = await connectMongo(services.mongo.uri, dbName);
  const deps: AppDeps = {
    config,
    logger,
    db,
    mongoBackend: services.mongo.kind,
    search: createSearch(services.meili, "", 60_000),
    jwtSecret: crypto.randomBytes(32).toString("hex"),
    mailer: memoryMailer(),
  };
  return {
    deps,
    services,
    close: async () => {
      await db.close();
      await services.stop();
    },
  };
}
