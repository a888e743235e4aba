import { monitorEventLoopDelay } from "node:perf_hooks";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The node's Prometheus metrics. One registry per process, as one process is one app node:
 * modules count into it directly, and `/metrics` (see http/metrics.ts) renders it.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "parklink_" });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpDuration = new Histogram({
  name: "parklink_http_request_duration_seconds",
  help: "HTTP request latency by method, route pattern and status code",
  labelNames: ["method", "route", "status"] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const httpResponses = new Counter({
  name: "parklink_http_responses_total",
  help: "HTTP responses by status class",
  labelNames: ["class"] as const,
  registers: [registry],
});

export const chatMessages = new Counter({
  name: "parklink_chat_messages_total",
  help: "Chat messages stored (resends of a stored message not counted)",
  registers: [registry],
});

export const chatSendDuration = new Histogram({
  name: "parklink_chat_send_seconds",
  help: "Time of a chat message on this node, by phase: limit (rate limit and presence), authorize, store, total (receipt to acknowledgement)",
  labelNames: ["phase"] as const,
  buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 5],
  registers: [registry],
});

export const chatInsertGroup = new Histogram({
  name: "parklink_chat_insert_group_size",
  help: "Chat messages per insert command (those handed over in one event-loop turn are stored together)",
  buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 500],
  registers: [registry],
});

export const jobRuns = new Counter({
  name: "parklink_job_runs_total",
  help: "Periodic job runs on this node by job and outcome",
  labelNames: ["job", "outcome"] as const,
  registers: [registry],
});

export const jobDuration = new Histogram({
  name: "parklink_job_duration_seconds",
  help: "Periodic job run time on this node",
  labelNames: ["job"] as const,
  buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers: [registry],
});

export const matcherDuration = new Histogram({
  name: "parklink_matcher_duration_seconds",
  help: "Time to rank the matches of one request",
  buckets: SECONDS,
  registers: [registry],
});

export const searchDuration = new Histogram({
  name: "parklink_search_duration_seconds",
  help: "Time of a directory search through Meilisearch",
  buckets: SECONDS,
  registers: [registry],
});

/** Gauges read at scrape time (database counts, sockets); set by the /metrics handler. */
export const openSockets = new Gauge({ name: "parklink_open_sockets", help: "Socket.IO connections open on this node", registers: [registry] });
export const outboxDepth = new Gauge({ name: "parklink_search_outbox_depth", help: "Search outbox entries not yet applied", registers: [registry] });
export const outboxAge = new Gauge({
  name: "parklink_search_outbox_oldest_age_seconds",
  help: "Age of the oldest search outbox entry not yet applied (0 when empty)",
  registers: [registry],
});
export const mailQueueDepth = new Gauge({ name: "parklink_mail_queue_depth", help: "E-mails queued and not yet sent", registers: [registry] });
export const mailQueueAge = new Gauge({
  name: "parklink_mail_queue_oldest_age_seconds",
  help: "Age of the oldest queued e-mail (0 when empty)",
  registers: [registry],
});

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
new Gauge({
  name: "parklink_event_loop_lag_seconds",
  help: "Event loop delay since the previous scrape",
  labelNames: ["quantile"] as const,
  registers: [registry],
  collect() {
    const ns = (v: number) => (Number.isFinite(v) ? v / 1e9 : 0);
    this.set({ quantile: "0.5" }, ns(loopDelay.percentile(50)));
    this.set({ quantile: "0.99" }, ns(loopDelay.percentile(99)));
    this.set({ quantile: "max" }, ns(loopDelay.max));
    loopDelay.reset();
  },
});

/** Times an async call into a histogram, whatever its outcome. */
export async function timed<T>(histogram: Histogram, work: () => Promise<T>): Promise<T> {
  const end = histogram.startTimer();
  try {
    return await work();
  } finally {
    end();
  }
}
