import http from "node:http";
import type { AddressInfo } from "node:net";
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isMeiliOutage, meiliApiError, meiliHttpClient, waitForMeiliTask } from "./meili-http.js";

// A stand-in HTTP endpoint that answers like Meilisearch does on the paths below; the real
// engine is exercised through this transport by every search and matcher test.
let server: http.Server;
let url: string;
const seen: { method?: string; body: string; auth?: string }[] = [];
const TASK_POLLS = 30;
const taskPolls = new Map<number, number>();
let lastTask = 0;
const dying = new Set<number>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ method: req.method, body, auth: req.headers.authorization });
      if (req.url === "/indexes/slow/search") return void setTimeout(() => res.end("{}"), 2000);
      // A task that stays "processing" for TASK_POLLS polls, as a long document import does.
      if (req.url === "/indexes/long/documents") {
        res.writeHead(202, { "content-type": "application/json" });
        return void res.end(JSON.stringify({ taskUid: ++lastTask, indexUid: "long", status: "enqueued", type: "documentAdditionOrUpdate", enqueuedAt: new Date().toISOString() }));
      }
      // A task whose Meilisearch goes away mid-wait: its third poll finds the connection cut.
      if (req.url === "/indexes/dying/documents") {
        dying.add(++lastTask);
        res.writeHead(202, { "content-type": "application/json" });
        return void res.end(JSON.stringify({ taskUid: lastTask, indexUid: "dying", status: "enqueued", type: "documentAdditionOrUpdate", enqueuedAt: new Date().toISOString() }));
      }
      const task = /^\/tasks\/(\d+)$/.exec(req.url ?? "");
      if (task) {
        const uid = Number(task[1]);
        const polls = (taskPolls.get(uid) ?? 0) + 1;
        taskPolls.set(uid, polls);
        if (dying.has(uid) && polls >= 3) return void req.socket.destroy();
        res.writeHead(200, { "content-type": "application/json" });
        return void res.end(JSON.stringify({ uid, indexUid: "long", status: polls < TASK_POLLS ? "processing" : "succeeded", type: "documentAdditionOrUpdate" }));
      }
      if (req.url === "/indexes/missing/search") {
        res.writeHead(404, { "content-type": "application/json" });
        return void res.end(JSON.stringify({ message: "Index `missing` not found.", code: "index_not_found", type: "invalid_request", link: "" }));
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ hits: [{ id: "a" }], query: JSON.parse(body || "{}").q ?? "", processingTimeMs: 1 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the Meilisearch HTTP transport", () => {
  it("when a search succeeds, then the client gets the parsed body and the server the JSON body and the key", async () => {
    const client = new Meilisearch({ host: url, apiKey: "master-key", httpClient: meiliHttpClient });
    const res = await client.index("directory").search("biomedicine", { limit: 3 });
    expect(res.hits).toEqual([{ id: "a" }]);
    const last = seen.at(-1)!;
    expect(last.method).toBe("POST");
    expect(JSON.parse(last.body)).toMatchObject({ q: "biomedicine", limit: 3 });
    expect(last.auth).toBe("Bearer master-key");
  });

  it("when Meilisearch answers an error, then its code reaches the caller as an API error", async () => {
    const client = new Meilisearch({ host: url, apiKey: "k", httpClient: meiliHttpClient });
    const err: unknown = await client.index("missing").search("x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MeilisearchRequestError);
    const api = meiliApiError(err);
    expect(api).toBeInstanceOf(MeilisearchApiError);
    expect(api?.cause?.code).toBe("index_not_found");
    expect(api?.response.status).toBe(404);
  });

  it("when the request outlives the client's timeout, then it fails as a timeout and leaves no listener behind", async () => {
    const client = new Meilisearch({ host: url, apiKey: "k", timeout: 100, httpClient: meiliHttpClient });
    const err: unknown = await client.index("slow").search("x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MeilisearchRequestError);
    expect((err as MeilisearchRequestError).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
    expect(meiliApiError(err)).toBeUndefined();

    const shared = new AbortController();
    const added = vi.spyOn(shared.signal, "addEventListener");
    const removed = vi.spyOn(shared.signal, "removeEventListener");
    for (let i = 0; i < 12; i++) await meiliHttpClient(`${url}/indexes/directory/search`, { method: "POST", body: "{}", signal: shared.signal });
    expect(added).toHaveBeenCalledTimes(12);
    expect(removed).toHaveBeenCalledTimes(12);
  });

  it("when a task takes many polls to finish, then waiting for it leaves no listener piling up on a signal", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    const added = vi.spyOn(AbortSignal.prototype, "addEventListener");
    const removed = vi.spyOn(AbortSignal.prototype, "removeEventListener");
    try {
      const client = new Meilisearch({ host: url, apiKey: "k", timeout: 1000, httpClient: meiliHttpClient });
      const task = await waitForMeiliTask(client.index("long"), client.index("long").addDocuments([{ id: "a" }]), { timeout: 10_000, interval: 1 });
      expect(task.status).toBe("succeeded");
      expect(taskPolls.get(task.uid)).toBe(TASK_POLLS);
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
      // Every listener a poll added is gone once the wait is over.
      expect(added.mock.calls.length).toBe(removed.mock.calls.length);
    } finally {
      process.off("warning", onWarning);
      added.mockRestore();
      removed.mockRestore();
    }
  });

  it("when a task outlives the wait, then the wait fails as a task time-out naming the task", async () => {
    const client = new Meilisearch({ host: url, apiKey: "k", httpClient: meiliHttpClient });
    const err: unknown = await waitForMeiliTask(client, client.index("long").addDocuments([{ id: "b" }]), { timeout: 30, interval: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MeilisearchTaskTimeOutError);
    expect((err as Error).message).toContain(`timeout of 30ms has exceeded on task ${lastTask} `);
  });

  it("when Meilisearch goes away in the middle of a wait, then the wait fails as an outage instead of hanging", async () => {
    const client = new Meilisearch({ host: url, apiKey: "k", timeout: 1000, httpClient: meiliHttpClient });
    const err: unknown = await waitForMeiliTask(client, client.index("dying").addDocuments([{ id: "c" }]), { timeout: 10_000, interval: 1 }).catch((e: unknown) => e);
    expect(taskPolls.get(lastTask)).toBe(3);
    expect(isMeiliOutage(err)).toBe(true);
  });

  it("when the endpoint is down, then the call fails as a request error, not an API error", async () => {
    const client = new Meilisearch({ host: "http://127.0.0.1:9", apiKey: "k", httpClient: meiliHttpClient });
    const err: unknown = await client.index("directory").search("x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MeilisearchRequestError);
    expect(meiliApiError(err)).toBeUndefined();
  });
});
