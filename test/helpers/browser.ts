import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../server/src/app.js";
import { loadConfig, ROOT_DIR } from "../../server/src/config.js";
import type { AppDeps } from "../../server/src/deps.js";
import { startJobs } from "../../server/src/jobs.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { memoryMailer, type MailMessage } from "../../server/src/infra/mail.js";
import { connectMongo, type MongoBackendKind } from "../../server/src/infra/mongo.js";
import { createSearch } from "../../server/src/infra/search.js";
import { attachRealtime } from "../../server/src/modules/chat/socket.js";
import { outboxModel } from "../../server/src/modules/outbox/model.js";
import { seedDemoData, type SeedReport } from "../../server/src/modules/seed/service.js";
import "../setup/provided.js";

export const ARTIFACTS_DIR = path.join(ROOT_DIR, "test", "artifacts");
const CLIENT_INDEX = path.join(ROOT_DIR, "client", "dist", "index.html");

/** Debian's Chromium (or CHROMIUM_PATH), headless; playwright-core never downloads a browser of its own. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

export interface BrowserServer {
  /** http://127.0.0.1:<port>, serving the built client and the API. */
  url: string;
  deps: AppDeps;
  seed: SeedReport;
  mail: MailMessage[];
  /** Resolves once the search indexer has processed every change recorded so far (bounded). */
  waitForIndexing(timeoutMs?: number): Promise<void>;
  /** Stops HTTP, sockets and jobs, then drops this server's database and search indexes. */
  close(): Promise<void>;
}

/**
 * A whole Parklink server in this process, as `npm start` runs it (demo data, the
 * outbox indexer and sweeps, HTTP with Socket.IO, the built client), on the run's
 * MongoDB and Meilisearch but with its own database and index prefix.
 */
export async function startBrowserServer(): Promise<BrowserServer> {
  if (!fs.existsSync(CLIENT_INDEX)) {
    throw new Error(`The client is not built (${CLIENT_INDEX} is missing): run \`npm run build -w client\` first.`);
  }
  const meiliUrl = inject("meiliUrl");
  if (!meiliUrl) throw new Error("The browser test needs Meilisearch (search and the matcher), and the test services have none.");

  const id = crypto.randomBytes(4).toString("hex");
  const jwtSecret = crypto.randomBytes(32).toString("hex");
  const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: jwtSecret, MEILI_INDEX_PREFIX: `e2e${id}_`, HOST: "127.0.0.1", PORT: "0" });
  const logger = createLogger({ ...config, logLevel: process.env.LOG_LEVEL ? config.logLevel : "warn" });
  const mailer = memoryMailer();
  const db = await connectMongo(inject("mongoUri"), `parklink_e2e_${id}`);
  const search = createSearch({ url: meiliUrl, masterKey: inject("meiliKey") }, config.MEILI_INDEX_PREFIX);
  const deps: AppDeps = { config, logger, db, mongoBackend: inject("mongoBackend") as MongoBackendKind, search, jwtSecret, mailer };

  const closers: (() => Promise<unknown>)[] = [];
  const dropData = async () => {
    await db.dropDatabase().catch(() => undefined);
    await db.close().catch(() => undefined);
    if (search.client && (await search.status()) === "up") {
      const { results } = await search.client.getIndexes({ limit: 1000 });
      await Promise.all(
        results.filter((i) => i.uid.startsWith(config.MEILI_INDEX_PREFIX)).map((i) => search.client!.deleteIndex(i.uid).waitTask()),
      );
    }
  };
  closers.push(dropData);
  const close = async () => {
    for (const c of closers) await c().catch((err: unknown) => console.warn("browser server cleanup:", err));
  };

  try {
    const seed = await seedDemoData(deps);
    const jobs = startJobs(deps);
    closers.unshift(() => jobs.stop());
    const httpServer = http.createServer(createApp(deps));
    const realtime = await attachRealtime(httpServer, deps);
    closers.unshift(() => {
      httpServer.closeAllConnections();
      return realtime.close();
    });
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(0, "127.0.0.1", resolve);
    });
    const { port } = httpServer.address() as AddressInfo;

    const waitForIndexing = async (timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const left = await outboxModel(db).countDocuments({ processedAt: { $exists: false } });
        if (left === 0) return;
        if (Date.now() > deadline) throw new Error(`search indexing did not catch up within ${timeoutMs} ms (${left} changes left)`);
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    return { url: `http://127.0.0.1:${port}`, deps, seed, mail: mailer.sent, waitForIndexing, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Saves a full-page screenshot as test/artifacts/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  // A full page is captured from the top, so the sticky header stays where it belongs.
  if (fullPage) await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: file, fullPage });
  return file;
}
