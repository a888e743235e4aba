/**
 * Sign-in: does the answer's timing tell a known e-mail from an unknown one, and do
 * bursts of sign-ins starve other work of libuv's thread pool?
 *   npm run bench:login
 * Starts throw-away services; bcrypt at cost 10 (development's); every figure is a ratio
 * against a baseline measured in the same run.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import bcrypt from "bcrypt";
import { login, createUser } from "../../server/src/modules/auth/service.js";
import { comparePassword, HASH_CONCURRENCY } from "../../server/src/modules/sessions/hashing.js";
import { loginThrottle } from "../../server/src/modules/sessions/login-throttle.js";
import { openEphemeralContext } from "../lib/bench-context.js";
import { fmt, percentile, target, timed } from "./lib.js";

const ROUNDS = 60;
const BURST = 32;
const PASSWORD = "Bench-Password-2024";

async function main(): Promise<void> {
  const ctx = await openEphemeralContext(`bench_login_${Date.now().toString(36)}`);
  const deps = { ...ctx.deps, config: { ...ctx.deps.config, bcryptCost: 10 } };
  try {
    const email = "known@bench.parklink.test";
    await createUser(deps, { email, password: PASSWORD, name: "Bench" });
    const throttle = loginThrottle(undefined);
    // A fresh IP per attempt: the throttle is not what is measured here.
    const attempt = (who: string, password: string) =>
      timed(() => login(deps, { email: who, password }, crypto.randomUUID(), throttle, new Date()).then(() => "ok", () => "refused"));
    await attempt(email, "warm-up-password");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Interleaved, so drift in the machine's load hits both alike.
      known.push((await attempt(email, `Wrong-${i}-password`))[0]);
      unknown.push((await attempt(`ghost${i}@bench.parklink.test`, `Wrong-${i}-password`))[0]);
    }
    const ratio = percentile(unknown, 0.5) / percentile(known, 0.5);
    console.log(`\nSign-in refused, ${ROUNDS} rounds interleaved (bcrypt cost 10):`);
    console.log(`  known e-mail, wrong password  p50 ${fmt(percentile(known, 0.5))}  p95 ${fmt(percentile(known, 0.95))}`);
    console.log(`  unknown e-mail                p50 ${fmt(percentile(unknown, 0.5))}  p95 ${fmt(percentile(unknown, 0.95))}`);
    target("unknown / known p50", ratio.toFixed(3), "0.9–1.1", ratio > 0.9 && ratio < 1.1);

    // Thread-pool starvation: fs.stat latency while a burst of password checks runs.
    const hash = await bcrypt.hash(PASSWORD, 10);
    const statLatency = async (burst: () => Promise<unknown>) => {
      const samples: number[] = [];
      let running = true;
      const started = performance.now();
      const load = burst().finally(() => (running = false));
      while (running) samples.push((await timed(() => fs.promises.stat(import.meta.filename)))[0]);
      await load;
      return Object.assign(samples, { burstMs: performance.now() - started });
    };
    const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
    const idle: number[] = [];
    for (let i = 0; i < 200; i++) idle.push((await timed(() => fs.promises.stat(import.meta.filename)))[0]);
    const raw = await statLatency(() => Promise.all(Array.from({ length: BURST }, () => bcrypt.compare(PASSWORD, hash))));
    const bounded = await statLatency(() => Promise.all(Array.from({ length: BURST }, () => comparePassword(PASSWORD, hash))));
    console.log(`\nfs.stat (thread pool) during ${BURST} concurrent password checks; bounded to ${HASH_CONCURRENCY} at a time:`);
    // libuv's pool is first come, first served: a stat queued behind the burst waits for all of it.
    const worst = (xs: number[]) => Math.max(...xs);
    console.log(`  idle             p50 ${us(percentile(idle, 0.5))}  worst ${fmt(worst(idle))}`);
    console.log(`  unbounded bcrypt p50 ${us(percentile(raw, 0.5))}  worst ${fmt(worst(raw))}  (${raw.length} stats; burst done in ${fmt(raw.burstMs)})`);
    console.log(`  bounded          p50 ${us(percentile(bounded, 0.5))}  worst ${fmt(worst(bounded))}  (${bounded.length} stats; burst done in ${fmt(bounded.burstMs)})`);
    const gain = worst(raw) / worst(bounded);
    target("worst fs.stat wait, unbounded / bounded", `${gain.toFixed(1)}×`, "> 2×", gain > 2);
  } finally {
    await ctx.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
