import http from "node:http";
import https from "node:https";
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type Task,
} from "meilisearch";

/**
 * The HTTP transport of the Meilisearch client: node:http with kept-alive connections.
 * The default transport (fetch) stalls ~40 ms on every response of more than a few
 * kilobytes over a kept-alive loopback connection, which dwarfed Meilisearch's own
 * few milliseconds per search; this one sends each request in one write and doesn't.
 */
const agents = { "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }), "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }) };

export async function meiliHttpClient(input: string | URL | Request, init: RequestInit = {}): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => (headers[key] = value));
  const body = typeof init.body === "string" ? init.body : undefined;
  if (init.body != null && body === undefined) throw new TypeError("Meilisearch requests carry string bodies only");
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const transport = url.protocol === "https:" ? https : http;
  const signal = init.signal ?? undefined;
  signal?.throwIfAborted();
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    // One listener per request, removed when it ends: a signal shared by many polls doesn't pile them up.
    // The reason goes through as is, so the client recognises its own timeout.
    const onAbort = () => req.destroy(signal?.reason as Error);
    const done = () => signal?.removeEventListener("abort", onAbort);
    const req = transport.request(url, { method: init.method ?? "GET", headers, agent: agents[url.protocol as keyof typeof agents] }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        done();
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", (err) => {
        done();
        reject(err);
      });
    });
    req.on("error", (err) => {
      done();
      reject(err);
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    req.end(body);
  });
  const parsed: unknown = text === "" ? undefined : JSON.parse(text);
  if (status < 200 || status >= 300) {
    throw new MeilisearchApiError(new Response(text || null, { status }), parsed as ConstructorParameters<typeof MeilisearchApiError>[1]);
  }
  return parsed;
}

/** The API error behind a failed call: the client wraps what a custom transport throws. */
export function meiliApiError(err: unknown): MeilisearchApiError | undefined {
  if (err instanceof MeilisearchApiError) return err;
  if (err instanceof MeilisearchRequestError && err.cause instanceof MeilisearchApiError) return err.cause;
  return undefined;
}

/** True when Meilisearch could not be reached or did not answer in time (not an error it answered with). */
export function isMeiliOutage(err: unknown): boolean {
  return !meiliApiError(err) && (err instanceof MeilisearchRequestError || err instanceof MeilisearchRequestTimeOutError);
}

/**
 * Waits for a Meilisearch task to finish, as the client's `waitTask` does (same options and
 * time-out error), but polls without an abort signal of its own: the client (0.62) leaves one
 * listener on its wait's signal per poll, so a wait of more than ten polls (a quarter of a
 * second at 25 ms) warns of a leak and keeps every poll's controller until the wait ends.
 * Each poll still has the client's own request time-out.
 */
export async function waitForMeiliTask(
  holder: { tasks: { getTask(uid: number): Promise<Task> } },
  enqueued: EnqueuedTaskPromise | EnqueuedTask,
  { timeout = 5000, interval = 50 }: { timeout?: number; interval?: number } = {},
): Promise<Task> {
  const { taskUid } = await enqueued;
  const deadline = Date.now() + timeout;
  for (;;) {
    const task = await holder.tasks.getTask(taskUid);
    if (task.status !== "enqueued" && task.status !== "processing") return task;
    if (Date.now() >= deadline) throw new MeilisearchTaskTimeOutError(taskUid, timeout);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
