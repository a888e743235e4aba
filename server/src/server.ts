import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Config } from "./config.js";
import { createApp } from "./app.js";
import { startJobs } from "./jobs.js";
import { isEmpty, seedDemoData } from "./modules/seed/service.js";
import type { AppDeps } from "./deps.js";
import type { Logger } from "./infra/logger.js";
import { connectMongo } from "./infra/mongo.js";
import { createSearch } from "./infra/search.js";
import { createMailer } from "./infra/mail.js";
import { MailSender } from "./modules/mail/sender.js";
import { startServices, type Services } from "./infra/services.js";
import { attachRealtime } from "./modules/chat/socket.js";
import { drainer } from "./http/drain.js";
import { nodeState } from "./infra/node-state.js";
import { countSockets, serveMetrics } from "./http/metrics.js";

export interface RunningServer {
  url: string;
  deps: AppDeps;
  services: Services;
  close(): Promise<void>;
}

/**
 * Starts everything `npm start` runs: services, database connection, HTTP.
 * close() stops them in reverse order: HTTP (and its sockets), DB, child services.
 */
export async function startServer(config: Config, logger: Logger, { ephemeral = false } = {}): Promise<RunningServer> {
  const services = await startServices(config, logger, { ephemeral });
  const closers: (() => Promise<unknown>)[] = [() => services.stop()];
  try {
    const db = await connectMongo(services.mongo.uri);
    closers.unshift(() => db.close());
    const search = createSearch(services.meili, config.MEILI_INDEX_PREFIX);
    const jwtSecret = config.JWT_SECRET ?? devSecret(config.DATA_DIR, "jwt-secret");
    const deps: AppDeps = { config, logger, db, mongoBackend: services.mongo.kind, search, jwtSecret,
      mailer: createMailer(config, logger) };
    closers.push(async () => deps.mailer.close?.());
    if (config.seedOnStart && (await isEmpty(deps))) {
      const report = await seedDemoData(deps);
      logger.info({ orgs: report.orgs, offers: report.offers, requests: report.requests }, "seeded an empty database with demo data");
      for (const a of report.accounts) logger.info(`demo account (${a.role}): ${a.email} / ${a.password}`);
    }
    const served = await serve(deps);
    closers.unshift(() => served.close());
    const url = config.PUBLIC_URL ?? served.url;
    return { url, deps, services, close: () => runAll(closers) };
  } catch (err) {
    await runAll(closers);
    throw err;
  }
}

/**
 * Serves an app on its dependencies as `npm start` does: background jobs (outbox indexer,
 * sweeps, digests), HTTP on HOST:PORT with Socket.IO attached. close() stops HTTP and its
 * sockets, then the jobs; the database and services stay the caller's.
 */
export async function serve(deps: AppDeps): Promise<{ url: string; close(): Promise<void> }> {
  const { config } = deps;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    const jobs = startJobs(deps);
    closers.unshift(() => jobs.stop());
    const httpServer = http.createServer(createApp(deps));
    const requests = drainer(httpServer);
    const realtime = await attachRealtime(httpServer, deps);
    const uncount = countSockets(() => realtime.io.engine.clientsCount);
    closers.unshift(async () => uncount());
    // Socket.IO's close also closes the HTTP server; open keep-alive connections are cut first.
    closers.unshift(() => {
      httpServer.closeAllConnections();
      return realtime.close();
    });
    // Drained first: readiness 503, no new connections, sockets sent elsewhere, requests finished.
    closers.unshift(() => requests.drain(realtime.io, nodeState(deps), { delayMs: config.DRAIN_DELAY_MS, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }));
    if (config.METRICS_PORT) {
      const metrics = await serveMetrics(deps, config.METRICS_PORT);
      closers.push(() => metrics.close());
    }
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(config.PORT, config.HOST, resolve);
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
    const url = `http://${host}:${port}`;
    // Links in e-mails are absolute: PUBLIC_URL (required in production), else this server's own URL.
    const mail = new MailSender(deps, { baseUrl: config.PUBLIC_URL ?? url });
    mail.start();
    closers.unshift(() => mail.stop());
    return { url, close: () => runAll(closers) };
  } catch (err) {
    await runAll(closers);
    throw err;
  }
}

async function runAll(closers: (() => Promise<unknown>)[]): Promise<void> {
  for (const close of closers) await close().catch(() => undefined);
}

/** A development secret kept under DATA_DIR so tokens survive a restart (production sets JWT_SECRET). */
function devSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(48).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
