import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTestContext, type TestContext } from "../../../test/helpers/context.js";
import { connectMongo } from "./mongo.js";
import { JOB_LEASES, JobRunner, type JobLease, type JobSpec } from "./jobs.js";
import { registry } from "./metrics.js";

/** A clock the test moves by hand, shared by the two runners ("nodes"). */
function manualClock(start = Date.UTC(2026, 10, 30, 12)) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

async function metricValue(name: string, labels: Record<string, string>): Promise<number> {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  const values = (metric?.values ?? []) as { value: number; labels: Record<string, string | number> }[];
  const found = values.find((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x));
  return found?.value ?? 0;
}

describe("periodic jobs run once across nodes", () => {
  let ctx: TestContext;
  let otherDb: mongoose.Connection;
  beforeAll(async () => {
    ctx = await createTestContext();
    // The second node is another process in production: its own connection to the same database.
    otherDb = await connectMongo(inject("mongoUri"), ctx.deps.db.name);
  });
  afterAll(async () => {
    await otherDb.close();
    await ctx.cleanup();
  });

  const twoNodes = (clock: ReturnType<typeof manualClock>) => [
    new JobRunner(ctx.deps.db, ctx.deps.logger, { node: "node-a", clock: clock.now }),
    new JobRunner(otherDb, ctx.deps.logger, { node: "node-b", clock: clock.now }),
  ];
  const lease = (name: string) => ctx.deps.db.collection<JobLease>(JOB_LEASES).findOne({ name });

  it("when two nodes try the same job together, then it runs once per period", async () => {
    const clock = manualClock();
    const nodes = twoNodes(clock);
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const job: JobSpec = {
      name: "digest-once",
      everyMs: 60_000,
      run: async () => {
        runs++;
        maxConcurrent = Math.max(maxConcurrent, ++concurrent);
        await new Promise((r) => setTimeout(r, 30));
        concurrent--;
      },
    };
    for (let period = 0; period < 3; period++) {
      const ran = await Promise.all(nodes.map((n) => n.tryRun(job)));
      expect(ran.filter(Boolean)).toHaveLength(1);
      clock.advance(30_000);
      // Half a period later nobody runs it again.
      expect(await Promise.all(nodes.map((n) => n.tryRun(job)))).toEqual([false, false]);
      clock.advance(30_000);
    }
    expect(runs).toBe(3);
    expect(maxConcurrent).toBe(1);
    expect(await lease("digest-once")).toMatchObject({ runs: 3, failures: 0, owner: null });
  });

  it("when the node holding a lease dies mid-run, then another takes the job over once the lease expires", async () => {
    const clock = manualClock();
    const [dead, alive] = twoNodes(clock);
    let runs = 0;
    const job: JobSpec = { name: "sweep-takeover", everyMs: 15 * 60_000, leaseMs: 10_000, run: async () => void runs++ };
    // The dying node takes the lease and never renews nor releases it (it was SIGKILLed).
    expect(await dead.acquire(job)).toMatchObject({ owner: "node-a" });
    expect(await alive.tryRun(job)).toBe(false);
    clock.advance(9_000);
    expect(await alive.tryRun(job)).toBe(false);
    clock.advance(1_001);
    expect(await alive.tryRun(job)).toBe(true);
    expect(runs).toBe(1);
    expect(await lease("sweep-takeover")).toMatchObject({ owner: null, runs: 1 });
  });

  it("when a run takes longer than its lease, then the lease is renewed and nobody else starts it", async () => {
    const [slow, other] = [
      new JobRunner(ctx.deps.db, ctx.deps.logger, { node: "slow" }),
      new JobRunner(otherDb, ctx.deps.logger, { node: "other" }),
    ];
    let runs = 0;
    const job: JobSpec = { name: "long-run", everyMs: 0, leaseMs: 150, run: () => new Promise((r) => setTimeout(() => r(runs++), 600)) };
    const first = slow.tryRun(job);
    await new Promise((r) => setTimeout(r, 400));
    expect(await other.tryRun(job)).toBe(false);
    expect(await first).toBe(true);
    expect(runs).toBe(1);
  });

  it("when a job fails, then the failure is counted and the lease released for the next period", async () => {
    const clock = manualClock();
    const [a, b] = twoNodes(clock);
    const before = await metricValue("parklink_job_runs_total", { job: "failing", outcome: "failure" });
    const job: JobSpec = {
      name: "failing",
      everyMs: 60_000,
      run: () => Promise.reject(new Error("mail transport refused")),
    };
    expect(await a.tryRun(job)).toBe(true);
    expect(await lease("failing")).toMatchObject({ owner: null, runs: 1, failures: 1, lastError: "mail transport refused" });
    expect(await metricValue("parklink_job_runs_total", { job: "failing", outcome: "failure" })).toBe(before + 1);
    clock.advance(60_000);
    expect(await b.tryRun(job)).toBe(true);
    expect(await lease("failing")).toMatchObject({ runs: 2, failures: 2 });
  });

  it("when two started runners poll a short job, then its runs never overlap and stop with the runners", async () => {
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const job: JobSpec = {
      name: "polled",
      everyMs: 200,
      run: async () => {
        runs++;
        maxConcurrent = Math.max(maxConcurrent, ++concurrent);
        await new Promise((r) => setTimeout(r, 20));
        concurrent--;
      },
    };
    const nodes = [
      new JobRunner(ctx.deps.db, ctx.deps.logger, { pollMs: 10 }).add(job),
      new JobRunner(otherDb, ctx.deps.logger, { pollMs: 10 }).add(job),
    ];
    const began = Date.now();
    await Promise.all(nodes.map((n) => n.start()));
    await new Promise((r) => setTimeout(r, 700));
    await Promise.all(nodes.map((n) => n.stop()));
    const periods = Math.ceil((Date.now() - began) / 200);
    expect(maxConcurrent).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(periods);
    const stopped = runs;
    await new Promise((r) => setTimeout(r, 250));
    expect(runs).toBe(stopped);
  });
});
