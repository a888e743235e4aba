import { loadConfig, type Config } from "../../server/src/config.js";
import type { AppDeps } from "../../server/src/deps.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { logMailer } from "../../server/src/infra/mail.js";
import { connectMongo, type MongoBackendKind } from "../../server/src/infra/mongo.js";
import { createSearch } from "../../server/src/infra/search.js";
import { runningServices, startServices, type Services } from "../../server/src/infra/services.js";

export interface ScriptContext {
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * Connects a maintenance script to the same data the server uses: MONGODB_URI/MEILI_URL
 * when set, else the services of a running `npm start`, else it starts them itself
 * (persistent, under DATA_DIR) for the duration of the script.
 */
export async function openScriptContext(overrides: Partial<Config> = {}): Promise<ScriptContext> {
  const config = { ...loadConfig(), ...overrides };
  const logger = createLogger({ ...config, NODE_ENV: "production", logLevel: config.LOG_LEVEL ?? "warn" });
  const running = config.MONGODB_URI ? undefined : runningServices(config.DATA_DIR);
  let services: Services | undefined;
  let mongoUri: string;
  let mongoBackend: MongoBackendKind;
  let meili: { url: string; masterKey: string } | undefined;
  if (running) {
    mongoUri = running.mongoUri;
    mongoBackend = running.mongoBackend;
    meili = running.meiliUrl && running.meiliKey ? { url: running.meiliUrl, masterKey: running.meiliKey } : undefined;
  } else {
    services = await startServices(config, logger, { ephemeral: false });
    mongoUri = services.mongo.uri;
    mongoBackend = services.mongo.kind;
    meili = services.meili;
  }
  if (config.MEILI_URL && config.MEILI_MASTER_KEY) meili = { url: config.MEILI_URL, masterKey: config.MEILI_MASTER_KEY };
  const db = await connectMongo(mongoUri);
  const deps: AppDeps = {
    config,
    logger,
    db,
    mongoBackend,
    search: createSearch(meili, config.MEILI_INDEX_PREFIX, 60_000),
    jwtSecret: config.JWT_SECRET ?? "scripts-do-not-sign-tokens-".padEnd(40, "x"),
    mailer: logMailer(logger, { includeBody: false }),
  };
  return {
    deps,
    close: async () => {
      await db.close();
      await services?.stop();
    },
  };
}
