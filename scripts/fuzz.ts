/**
 * `npm run fuzz`: walks every route of the OpenAPI document with generated malformed
 * requests (bodies, path parameters, queries, headers; anonymous, as a member and as
 * staff) against a server it starts on 127.0.0.1 with throw-away services, and prints the
 * count of answers by status. Exits 1 if any request was answered 5xx or not at all.
 *
 *   npm run fuzz -- --runs 10000 --seed 42 --concurrency 8
 */
import http from "node:http";
import { parseArgs } from "node:util";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { openEphemeralContext } from "./lib/bench-context.js";
import { createApp } from "../server/src/app.js";
import { createLogger } from "../server/src/infra/logger.js";
import { OutboxIndexer } from "../server/src/modules/search/indexer.js";
import { fuzzRequests } from "../test/fuzz/openapi-walk.js";
import { describeRequest, send } from "../test/fuzz/send.js";
import { fuzzIdentities } from "../test/fuzz/targets.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string" },
    concurrency: { type: "string", default: "8" },
  },
});
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const concurrency = Number(values.concurrency);

// Every JSON answer is also checked against its route's response schema.
process.env.CONTRACT_CHECKS = "1";

const ctx = await openEphemeralContext("parklink_fuzz");
// Refusals are the point here: only errors are logged.
const server = http.createServer(createApp({ ...ctx.deps, logger: createLogger({ logLevel: "error", NODE_ENV: "test" }) }));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
try {
  const identities = await fuzzIdentities(ctx.deps, baseUrl, { staff: true });
  // Index the targets, so that search and matches run for real (fuzz-findings.test.ts covers an index not built yet).
  await new OutboxIndexer(ctx.deps).drain();
  const doc = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as Parameters<typeof fuzzRequests>[0];
  const requests = fc.sample(fuzzRequests(doc, identities), { seed, numRuns: runs });
  console.log(`fuzz: ${runs} requests over ${Object.keys(doc.paths).length} paths, seed ${seed}, ${concurrency} at a time, against ${baseUrl}`);

  const byStatus = new Map<number, number>();
  const failures: string[] = [];
  let next = 0;
  let done = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < requests.length) {
      const req = requests[next++];
      const answer = await send(baseUrl, req);
      byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
      if (answer.status === 0 || answer.status >= 500) failures.push(`${answer.status || "no answer"}: ${describeRequest(req)}\n    → ${answer.body.slice(0, 300)}`);
      if (++done % 1000 === 0) process.stdout.write(`  ${done} sent\n`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const seconds = (Date.now() - started) / 1000;
  console.log(`\n${done} requests in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)}/s). Answers by status:`);
  for (const [status, count] of [...byStatus].sort((a, b) => a[0] - b[0])) console.log(`  ${String(status || "none").padStart(4)}  ${count}`);
  const fivexx = [...byStatus].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  console.log(`5xx: ${fivexx}; no answer: ${byStatus.get(0) ?? 0}`);
  for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
  process.exitCode = failures.length ? 1 : 0;
} finally {
  server.closeAllConnections();
  server.close();
  await ctx.close();
}
