import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../helpers/context.js";

interface Answer {
  status: number;
  retryAfter?: string;
  code?: string;
}

async function listen(ctx: TestContext): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer(ctx.app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** Sends at once (on an already connected socket the bytes leave before this returns) and resolves with the answer. */
function get(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => {
        const code = res.statusCode! >= 400 ? (JSON.parse(body) as { error: { code: string } }).error.code : undefined;
        resolve({ status: res.statusCode!, retryAfter: res.headers["retry-after"] as string | undefined, code });
      });
    });
    req.on("error", reject);
  });
}

const blockFor = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // a handler hogging the CPU
  }
};

describe("refusing what cannot be served", () => {
  let ctx: TestContext;
  let url: string;
  let server: http.Server;
  beforeAll(async () => {
    ctx = await createTestContext({ SHED_MAX_LAG_MS: "200" });
    ({ url, server } = await listen(ctx));
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await ctx.cleanup();
  });

  it("when the event loop is stalled for 600 ms, then the requests that queued meanwhile get 503 overloaded with Retry-After, health still answers, and service resumes", async () => {
    // Connect the sockets first, so the requests below are on the wire before the stall.
    await Promise.all(Array.from({ length: 6 }, () => get(`${url}/api/orgs`)));
    const queued = [...Array.from({ length: 5 }, () => get(`${url}/api/orgs`)), get(`${url}/api/health`)];
    blockFor(600);
    const answers = await Promise.all(queued);
    const refused = answers.slice(0, 5);
    expect(refused.every((a) => a.status === 503 && a.code === "overloaded" && a.retryAfter === "1"), JSON.stringify(answers)).toBe(true);
    expect(answers[5].status).toBe(200);

    // Service resumes once the loop keeps time again (on a loaded machine that may take a few ticks).
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await get(`${url}/api/orgs`)).status;
    }
    expect(status).toBe(200);
  });
});

describe("a time limit on every request", () => {
  let ctx: TestContext;
  let url: string;
  let server: http.Server;
  let blackhole: net.Server;
  beforeAll(async () => {
    // A Meilisearch that accepts connections and never answers.
    blackhole = net.createServer(() => undefined);
    await new Promise<void>((resolve) => blackhole.listen(0, "127.0.0.1", resolve));
    const meili = { url: `http://127.0.0.1:${(blackhole.address() as AddressInfo).port}`, masterKey: "x".repeat(24) };
    ctx = await createTestContext({ REQUEST_TIMEOUT_MS: "300" }, { meili });
    ({ url, server } = await listen(ctx));
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    blackhole.close();
    await ctx.cleanup();
  });

  it("when a dependency hangs, then the request is answered 503 request_timeout with Retry-After instead of waiting", async () => {
    const answer = await get(`${url}/api/search?q=park`);
    expect(answer).toEqual({ status: 503, code: "request_timeout", retryAfter: "2" });
  });

  it("when a request is quick, then the limit changes nothing", async () => {
    expect((await get(`${url}/api/orgs`)).status).toBe(200);
  });
});
