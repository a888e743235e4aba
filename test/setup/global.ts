import type { TestProject } from "vitest/node";
import { loadConfig } from "../../server/src/config.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { describeBackend } from "../../server/src/infra/mongo.js";
import { startServices, type Services } from "../../server/src/infra/services.js";
import "./provided.js";

let services: Services | undefined;

/** Starts MongoDB and Meilisearch once for the whole run, as `npm start` would, but ephemeral. */
export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  const logger = createLogger({ ...config, logLevel: process.env.LOG_LEVEL ? config.logLevel : "warn" });
  services = await startServices(config, logger, { ephemeral: true });
  console.log(`[test services] MongoDB: ${describeBackend(services.mongo.kind)}; Meilisearch: ${services.meili?.url ?? "unavailable"}`);
  project.provide("mongoUri", services.mongo.uri);
  project.provide("mongoBackend", services.mongo.kind);
  project.provide("meiliUrl", services.meili?.url ?? "");
  project.provide("meiliKey", services.meili?.masterKey ?? "");
}

export async function teardown(): Promise<void> {
  await services?.stop();
}
