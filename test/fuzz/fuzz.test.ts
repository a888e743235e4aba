import http from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { fuzzRequests, operationsOf, type Identities } from "./openapi-walk.js";
import { describeRequest, send } from "./send.js";
import { fuzzIdentities } from "./targets.js";

/** Seeded, so a failure replays; FUZZ_SEED / FUZZ_RUNS explore further. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

/** The error code at the head of an error answer (the body may be cut short). */
const codeOf = (body: string): string | undefined => /^\{"error":\{"code":"([a-z_]+)"/.exec(body)?.[1];

describe("every route of the OpenAPI document, walked with malformed requests", () => {
  let ctx: TestContext;
  let server: http.Server;
  let baseUrl: string;
  let identities: Identities;
  let doc: Parameters<typeof fuzzRequests>[0];

  beforeAll(async () => {
    ctx = await createTestContext();
    server = http.createServer(ctx.app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    identities = await fuzzIdentities(ctx.deps, baseUrl);
    doc = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as typeof doc;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await ctx.cleanup();
  });

  it("when the document is read, then the walk covers every operation in it", () => {
    expect(operationsOf(doc).length).toBeGreaterThan(50);
  });

  it(`when ${RUNS} malformed requests (member and anonymous) are sent, then none is answered 5xx and every one is answered`, async () => {
    const seen = new Map<number, number>();
    const walked = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fuzzRequests(doc, identities), async (req) => {
        const answer = await send(baseUrl, req);
        walked.add(req.operation);
        seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
        if (answer.status === 0 || answer.status >= 500) {
          throw new Error(`answered ${answer.status || "nothing"}: ${describeRequest(req)}\n→ ${answer.body.slice(0, 500)}`);
        }
        if (answer.status >= 400 && answer.status !== 404) {
          // Every refusal names a stable code.
          const code = codeOf(answer.body);
          if (typeof code !== "string") throw new Error(`answered ${answer.status} without a code: ${describeRequest(req)}\n→ ${JSON.stringify(answer.body.slice(0, 300))}`);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect([...seen.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
    const all = operationsOf(doc).map((op) => `${op.method} ${op.path}`);
    expect(all.filter((op) => !walked.has(op)), "operations the walk never reached").toEqual([]);
  }, 120_000);
});
