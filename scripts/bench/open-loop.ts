import http from "node:http";
import { performance } from "node:perf_hooks";
import { percentile } from "./lib.js";

/** One request of the mix, as the load generator sends it. */
export interface Call {
  name: string;
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The local address to send from (a client of its own for the balancer and the rate limits), on a fresh connection. */
  localAddress?: string;
}

export interface StepResult {
  rate: number;
  sent: number;
  /** 2xx answers and their latencies, measured from the intended send time (no coordinated omission). */
  ok: number[];
  /** Latencies of every answer, whatever its status. */
  answered: number[];
  /** Kinds of the answers that took longer than a second, and how many. */
  overOneSecond: Map<string, number>;
  refused503: number;
  /** Other statuses (4xx, 5xx) and connection errors. */
  errors: number;
  timeouts: number;
  byName: Map<string, number[]>;
  errorSamples: string[];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

function call(baseUrl: URL, c: Call, timeoutMs: number): Promise<{ status: number; error?: string }> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: baseUrl.hostname, port: baseUrl.port, method: c.method, path: c.path, ...(c.localAddress ? { localAddress: c.localAddress, agent: false } : { agent }), headers: { ...(c.body ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(c.body)) } : {}), ...c.headers } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve({ status: -1, error: "client time-out" });
    });
    req.on("error", (err) => resolve({ status: 0, error: err.message }));
    req.end(c.body);
  });
}

/**
 * Sends `rate` requests a second for `seconds`, each at its scheduled time whatever the
 * answers before it (open loop), and waits for every answer or its time-out.
 */
export async function runStep(baseUrl: string, rate: number, seconds: number, next: () => Call, timeoutMs: number): Promise<StepResult> {
  const url = new URL(baseUrl);
  const total = Math.round(rate * seconds);
  const result: StepResult = { rate, sent: 0, ok: [], answered: [], overOneSecond: new Map(), refused503: 0, errors: 0, timeouts: 0, byName: new Map(), errorSamples: [] };
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const c = next();
    result.sent++;
    pending.push(
      call(url, c, timeoutMs).then(({ status, error }) => {
        const latency = performance.now() - due;
        if (status > 0) result.answered.push(latency);
        if (status !== 0 && latency > 1000) result.overOneSecond.set(`${c.name} ${status}`, (result.overOneSecond.get(`${c.name} ${status}`) ?? 0) + 1);
        if (status >= 200 && status < 300) {
          result.ok.push(latency);
          const list = result.byName.get(c.name) ?? [];
          list.push(latency);
          result.byName.set(c.name, list);
        } else if (status === 503) result.refused503++;
        else if (status === -1) result.timeouts++;
        else {
          result.errors++;
          if (result.errorSamples.length < 5) result.errorSamples.push(`${c.name} ${c.path} → ${status || error}`);
        }
      }),
    );
  }
  await Promise.all(pending);
  return result;
}

export const p = (samples: number[], q: number) => percentile(samples, q);
