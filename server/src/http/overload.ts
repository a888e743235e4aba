import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type { RequestHandler } from "express";
import type { Config } from "../config.js";
import { LatencyWatch } from "./latency-watch.js";

/**
 * Refusing what cannot be served: while the event loop lags (or too many requests are in
 * flight) new requests get 503 with Retry-After at once instead of queueing behind the
 * backlog, and every request has a time limit. Health checks are never refused.
 */

const TICK_MS = 50;

/** The process's event-loop lag: a timer's drift, checked both when it fires and when a request arrives. */
class LoopLag {
  private lastTick = performance.now();
  private lastDrift = 0;
  private readonly histogram = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.histogram.enable();
    const timer = setInterval(() => {
      const now = performance.now();
      // The histogram catches stalls between ticks that the drift alone would average away.
      this.lastDrift = Math.max(0, now - this.lastTick - TICK_MS, this.histogram.max / 1e6 - TICK_MS);
      this.histogram.reset();
      this.lastTick = now;
    }, TICK_MS);
    timer.unref();
  }

  /** Milliseconds the loop is behind: a late tick counts even before it has fired. */
  now(): number {
    return Math.max(this.lastDrift, performance.now() - this.lastTick - TICK_MS);
  }
}

let loopLag: LoopLag | undefined;
/** One monitor per process: the event loop is the process's. */
export const eventLoopLag = () => (loopLag ??= new LoopLag()).now();

export interface OverloadOptions {
  maxLagMs: number;
  /** Refuse while even the quickest answers take longer than this (0: never). */
  maxQueueMs: number;
  maxInFlight: number;
  timeoutMs: number;
}

export const overloadOptions = (config: Pick<Config, "SHED_MAX_LAG_MS" | "SHED_MAX_QUEUE_MS" | "SHED_MAX_IN_FLIGHT" | "REQUEST_TIMEOUT_MS" | "isTest">): OverloadOptions => ({
  maxLagMs: config.SHED_MAX_LAG_MS ?? (config.isTest ? 0 : 200),
  maxQueueMs: config.SHED_MAX_QUEUE_MS ?? (config.isTest ? 0 : 250),
  maxInFlight: config.SHED_MAX_IN_FLIGHT,
  timeoutMs: config.REQUEST_TIMEOUT_MS,
});

const isHealth = (path: string) => path === "/health" || path.startsWith("/health/");

function refuse(res: Parameters<RequestHandler>[1], status: number, code: string, message: string, retryAfter: number): void {
  res.setHeader("Retry-After", String(retryAfter));
  res.status(status).json({ error: { code, message } });
}

/** Mounted on /api: sheds load and limits each request's time. */
export function overloadGuard(opts: OverloadOptions): RequestHandler {
  if (opts.maxLagMs > 0) eventLoopLag();
  let inFlight = 0;
  const latency = opts.maxQueueMs > 0 ? new LatencyWatch(opts.maxQueueMs) : undefined;
  return (req, res, next) => {
    if (isHealth(req.path)) return next();
    if (opts.maxLagMs > 0) {
      const lag = eventLoopLag();
      if (lag > opts.maxLagMs) {
        return refuse(res, 503, "overloaded", `The server is overloaded (event loop ${Math.round(lag)} ms behind); retry shortly`, 1);
      }
    }
    if (latency?.isOverloaded()) {
      return refuse(res, 503, "overloaded", "The server's answers are queueing; retry shortly", 1);
    }
    if (opts.maxInFlight > 0 && inFlight >= opts.maxInFlight) {
      return refuse(res, 503, "overloaded", "The server is serving as many requests as it can; retry shortly", 1);
    }
    inFlight++;
    let timer: NodeJS.Timeout | undefined;
    const started = performance.now();
    const done = () => {
      inFlight--;
      clearTimeout(timer);
      latency?.record(performance.now() - started);
    };
    res.once("finish", done);
    res.once("close", () => res.writableFinished || done());
    if (opts.timeoutMs > 0) {
      timer = setTimeout(() => {
        if (res.headersSent) return;
        req.log?.warn({ timeoutMs: opts.timeoutMs }, "request timed out");
        refuse(res, 503, "request_timeout", `The request took longer than ${opts.timeoutMs} ms; retry later`, 2);
      }, opts.timeoutMs);
      timer.unref();
    }
    next();
  };
}
