import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express, { type RequestHandler } from "express";
import type mongoose from "mongoose";
import type { AppDeps } from "../deps.js";
import {
  httpDuration,
  httpResponses,
  mailQueueAge,
  mailQueueDepth,
  openSockets,
  outboxAge,
  outboxDepth,
  registry,
} from "../infra/metrics.js";

/**
 * The full pattern of a matched route: its router's mount path (what precedes the route's
 * own segments in the URL; Express has already reset `req.baseUrl` when an error handler
 * answers) followed by the route's path.
 */
export function routePattern(originalUrl: string, routePath: string): string {
  const own = routePath.split("/").length - 1;
  const segments = originalUrl.split("?")[0].split("/");
  return `${segments.slice(0, Math.max(1, segments.length - own)).join("/")}${routePath}`;
}

/** Times every request under its route pattern (`/api/orgs/:id`, never the raw URL). */
export function httpMetrics(): RequestHandler {
  return (req, res, next) => {
    const end = httpDuration.startTimer();
    res.once("finish", () => {
      const path: unknown = (req.route as { path?: unknown } | undefined)?.path;
      const route = typeof path === "string" ? routePattern(req.originalUrl, path) : req.route ? "client" : res.statusCode === 404 ? "unmatched" : "static";
      end({ method: req.method, route, status: String(res.statusCode) });
      httpResponses.inc({ class: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  };
}

const socketCounters = new Set<() => number>();

/** Counts this node's open Socket.IO connections into the metrics; returns the unregister. */
export function countSockets(count: () => number): () => void {
  socketCounters.add(count);
  return () => socketCounters.delete(count);
}

/**
 * The mail queue, when this deployment has one: e-mails not yet sent. Read only if the
 * collection exists, so the gauge is 0 rather than an error on a database without it.
 */
export const MAIL_QUEUE = { collection: "mail_outbox", pending: { state: "pending" }, createdField: "createdAt" } as const;

async function queueFigures(db: mongoose.Connection, collection: string, pending: object, createdField: string) {
  const coll = db.collection(collection);
  const [depth, oldest] = await Promise.all([
    coll.countDocuments(pending),
    coll.find(pending, { projection: { [createdField]: 1 } }).sort({ [createdField]: 1 }).limit(1).next(),
  ]);
  const created = oldest?.[createdField] as unknown;
  const age = created instanceof Date ? Math.max(0, (Date.now() - created.getTime()) / 1000) : 0;
  return { depth, age };
}

/** Sets the gauges read from the database and sockets, then renders every metric. */
export async function renderMetrics(deps: Pick<AppDeps, "db">): Promise<string> {
  openSockets.set([...socketCounters].reduce((n, count) => n + count(), 0));
  const outbox = await queueFigures(deps.db, "outbox", { processedAt: { $exists: false } }, "createdAt").catch(() => undefined);
  if (outbox) {
    outboxDepth.set(outbox.depth);
    outboxAge.set(outbox.age);
  }
  const hasMail = await deps.db
    .listCollections()
    .then((all) => all.some((c) => c.name === MAIL_QUEUE.collection))
    .catch(() => false);
  const mail = hasMail ? await queueFigures(deps.db, MAIL_QUEUE.collection, MAIL_QUEUE.pending, MAIL_QUEUE.createdField).catch(() => undefined) : undefined;
  mailQueueDepth.set(mail?.depth ?? 0);
  mailQueueAge.set(mail?.age ?? 0);
  return registry.metrics();
}

function tokenMatches(given: string | undefined, token: string): boolean {
  const digest = (s: string) => crypto.createHash("sha256").update(s).digest();
  return given !== undefined && crypto.timingSafeEqual(digest(given), digest(token));
}

/** GET /metrics: Prometheus text; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`. */
export function metricsHandler(deps: AppDeps): RequestHandler {
  const token = deps.config.METRICS_TOKEN;
  return async (req, res, next) => {
    try {
      const auth = req.headers.authorization;
      if (token && !tokenMatches(auth?.startsWith("Bearer ") ? auth.slice(7) : undefined, token)) {
        res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
        res.status(401).json({ error: { code: "unauthorized", message: "A valid metrics token is required" } });
        return;
      }
      const text = await renderMetrics(deps);
      res.setHeader("Content-Type", registry.contentType);
      res.send(text);
    } catch (err) {
      next(err);
    }
  };
}

/** Metrics on their own internal port (METRICS_PORT), apart from the public app. */
export async function serveMetrics(deps: AppDeps, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.disable("x-powered-by");
  app.get("/metrics", metricsHandler(deps));
  app.use((_req, res) => {
    res.status(404).json({ error: { code: "not_found", message: "Only /metrics is served here" } });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, deps.config.HOST, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${deps.config.HOST}:${bound}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
