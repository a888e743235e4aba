import crypto from "node:crypto";
import { inject } from "vitest";
import type { Express } from "express";
import { createApp } from "../../server/src/app.js";
import { loadConfig, type Config } from "../../server/src/config.js";
import type { AppDeps } from "../../server/src/deps.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { connectMongo, type MongoBackendKind } from "../../server/src/infra/mongo.js";
import { createSearch } from "../../server/src/infra/search.js";
import { memoryMailer, type MailMessage } from "../../server/src/infra/mail.js";
import { MailSender } from "../../server/src/modules/mail/sender.js";
import { waitForMeiliTask } from "../../server/src/infra/meili-http.js";
import "../setup/provided.js";

export interface TestContext {
  app: Express;
  deps: AppDeps;
  /** E-mails the app sent during this context. */
  mail: MailMessage[];
  /** Sends the e-mails queued in the mail outbox (into `mail`); returns how many. */
  flushMail(): Promise<number>;
  /** Drops this context's database and search indexes. */
  cleanup(): Promise<void>;
}

/**
 * A real app on the run's real MongoDB and Meilisearch, isolated by its own database
 * and its own index prefix, so test files run in parallel without seeing each other.
 */
export async function createTestContext(
  env: Record<string, string> = {},
  { meili }: { meili?: { url: string; masterKey: string } | null } = {},
): Promise<TestContext> {
  const id = crypto.randomBytes(4).toString("hex");
  const jwtSecret = crypto.randomBytes(32).toString("hex");
  const config: Config = loadConfig({
    NODE_ENV: "test",
    JWT_SECRET: jwtSecret,
    MEILI_INDEX_PREFIX: `t${id}_`,
    ...env,
  });
  const logger = createLogger(config);
  const mailer = memoryMailer();
  const db = await connectMongo(inject("mongoUri"), `parklink_test_${id}`);
  const meiliUrl = inject("meiliUrl");
  const endpoint = meili !== undefined ? (meili ?? undefined) : meiliUrl ? { url: meiliUrl, masterKey: inject("meiliKey") } : undefined;
  const search = createSearch(endpoint, config.MEILI_INDEX_PREFIX, 2000);
  const deps: AppDeps = { config, logger, db, mongoBackend: inject("mongoBackend") as MongoBackendKind, search, jwtSecret, mailer };
  const app = createApp(deps);
  const mailSender = new MailSender(deps, { baseUrl: config.PUBLIC_URL ?? "http://127.0.0.1:3000" });
  return {
    app,
    deps,
    mail: mailer.sent,
    flushMail: () => mailSender.drain(),
    cleanup: async () => {
      await db.dropDatabase().catch(() => undefined);
      await db.close();
      if (search.client && (await search.status()) === "up") {
        const { results } = await search.client.getIndexes({ limit: 1000 });
        await Promise.all(
          results.filter((i) => i.uid.startsWith(config.MEILI_INDEX_PREFIX)).map((i) => waitForMeiliTask(search.client!, search.client!.deleteIndex(i.uid))),
        );
      }
    },
  };
}
