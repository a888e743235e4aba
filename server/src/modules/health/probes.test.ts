import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { io as connect } from "socket.io-client";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { serve } from "../../server.js";
import { createUser, type ChatClient } from "../chat/testing.js";

describe("liveness and readiness", () => {
  let ctx: TestContext;
  let searchless: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    // Search configured but unreachable (nothing listens on port 9).
    searchless = await createTestContext({}, { meili: { url: "http://127.0.0.1:9", masterKey: "unreachable-master-key" } });
  });
  afterAll(async () => {
    await ctx.cleanup();
    await searchless.cleanup();
  });

  it("when every dependency is up, then live and ready both answer 200, and /api/health keeps its shape", async () => {
    expect((await request(ctx.app).get("/api/health/live").expect(200)).body).toEqual({ status: "live" });
    const ready = await request(ctx.app).get("/api/health/ready").expect(200);
    expect(ready.body).toMatchObject({ status: "ready", checks: { mongodb: "up", search: "up", searchSettings: "up" }, down: [] });
    expect((await request(ctx.app).get("/api/health").expect(200)).body).toMatchObject({ status: "ok", services: { mongodb: { status: "up" } } });
  });

  it("when search is unreachable, then ready answers 503 naming it while live still answers 200", async () => {
    await request(searchless.app).get("/api/health/live").expect(200);
    const ready = await request(searchless.app).get("/api/health/ready").expect(503);
    expect(ready.body).toMatchObject({ status: "unready", checks: { mongodb: "up", search: "down" } });
    expect(ready.body.down).toEqual(["search", "searchSettings"]);
  });
});

describe("graceful shutdown", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ PORT: "0", DRAIN_DELAY_MS: "400", SHUTDOWN_TIMEOUT_MS: "5000" });
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  it("when a node shuts down, then readiness turns 503 first, sockets are told to reconnect, and a request in flight completes", async () => {
    const node = await serve(ctx.deps);
    const user = await createUser(ctx.deps);
    const socket: ChatClient = connect(node.url, { auth: { token: user.token }, transports: ["websocket"], reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("connect_error", reject);
    });
    const told = new Promise<unknown>((resolve) => socket.once("server:shutdown", resolve));
    const disconnected = new Promise<string>((resolve) => socket.once("disconnect", (reason) => resolve(reason)));

    // A login whose body is only half sent when the shutdown begins.
    const body = JSON.stringify({ email: "nobody@example.org", password: "not the password" });
    const raw = net.connect(Number(new URL(node.url).port), "127.0.0.1");
    let response = "";
    raw.on("data", (chunk) => (response += chunk.toString()));
    const ended = new Promise<void>((resolve) => raw.on("close", () => resolve()));
    raw.write(`POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    raw.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 50));

    const closing = node.close();
    const ready = await request(node.url).get("/api/health/ready").expect(503);
    expect(ready.body).toMatchObject({ status: "unready", draining: true, down: ["draining"] });
    expect(await told).toEqual({ reconnect: true });
    raw.write(body.slice(10));
    await closing;
    await ended;
    expect(response).toMatch(/^HTTP\/1\.1 401 /);
    // Closed by the transport, not a server-side disconnect: Socket.IO clients reconnect by themselves.
    expect(await disconnected).toBe("transport close");
    await expect(request(node.url).get("/api/health/live")).rejects.toThrow();
  });
});
