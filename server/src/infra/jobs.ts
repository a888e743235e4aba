import crypto from "node:crypto";
import os from "node:os";
import type mongoose from "mongoose";
import type { Logger } from "./logger.js";
import { jobDuration, jobRuns } from "./metrics.js";

/** A periodic job: run at most once per `everyMs` across every node sharing the database. */
export interface JobSpec {
  name: string;
  everyMs: number;
  /** How long a run may go unrenewed before another node may take the job over (default 60 s). */
  leaseMs?: number;
  run(): Promise<unknown>;
}

/** The `jobLeases` document of a job: who holds it, until when, and when it is next due. */
export interface JobLease {
  name: string;
  owner: string | null;
  leaseUntil: Date;
  nextRunAt: Date;
  lastRunAt?: Date;
  lastError?: string;
  runs: number;
  failures: number;
}

export interface JobRunnerOptions {
  /** This node's name in `owner` (default host:pid:random). */
  node?: string;
  /** How often each job is checked for being due (default: its period, at most 5 s). */
  pollMs?: number;
  /** The time (tests move it). */
  clock?: () => Date;
}

export const JOB_LEASES = "jobLeases";

/**
 * Runs periodic jobs once across nodes. A node runs a job only after taking its lease in
 * `jobLeases` with one atomic findOneAndUpdate (due, and nobody's lease unexpired); it
 * renews the lease while the job runs and releases it at the end, setting the next due
 * time. A node that dies mid-run stops renewing: its lease expires and another node takes
 * the job over.
 */
export class JobRunner {
  readonly node: string;
  private readonly jobs: JobSpec[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<boolean>>();
  private stopped = true;

  constructor(
    private readonly db: mongoose.Connection,
    private readonly logger: Logger,
    private readonly options: JobRunnerOptions = {},
  ) {
    this.node = options.node ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  private get leases() {
    return this.db.collection<JobLease>(JOB_LEASES);
  }

  add(job: JobSpec): this {
    this.jobs.push(job);
    return this;
  }

  /** Starts checking every job; each is tried at once, then every poll interval (with jitter). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.leases.createIndex({ name: 1 }, { unique: true });
    for (const job of this.jobs) {
      const poll = this.options.pollMs ?? Math.min(job.everyMs, 5_000);
      const tick = () => {
        if (this.stopped) return;
        void this.tryRun(job).finally(() => {
          if (this.stopped) return;
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            tick();
          }, poll * (0.8 + Math.random() * 0.4));
          timer.unref();
          this.timers.add(timer);
        });
      };
      tick();
    }
  }

  /** Stops polling and waits for the runs under way, which release their leases. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.running.values()]);
  }

  /** Runs the job if it is due and its lease is free; resolves true when this node ran it. */
  tryRun(job: JobSpec): Promise<boolean> {
    let run = this.running.get(job.name);
    if (!run) {
      run = this.runIfLeased(job).finally(() => this.running.delete(job.name));
      this.running.set(job.name, run);
    }
    return run;
  }

  /** Takes the lease of a due job, or answers null (not due, or another node holds it). */
  async acquire(job: JobSpec, now = this.now()): Promise<JobLease | null> {
    const leaseMs = job.leaseMs ?? 60_000;
    try {
      await this.leases.updateOne(
        { name: job.name },
        { $setOnInsert: { name: job.name, owner: null, leaseUntil: new Date(0), nextRunAt: new Date(0), runs: 0, failures: 0 } },
        { upsert: true },
      );
    } catch (err) {
      // Two nodes creating the same lease document: the other one won, which is fine.
      if ((err as { code?: number }).code !== 11000) throw err;
    }
    return this.leases.findOneAndUpdate(
      { name: job.name, leaseUntil: { $lt: now }, nextRunAt: { $lte: now } },
      { $set: { owner: this.node, leaseUntil: new Date(now.getTime() + leaseMs) } },
      { returnDocument: "after" },
    );
  }

  private async runIfLeased(job: JobSpec): Promise<boolean> {
    const startedAt = this.now();
    let lease: JobLease | null;
    try {
      lease = await this.acquire(job, startedAt);
    } catch (err) {
      this.logger.warn({ err, job: job.name }, "could not take a job lease");
      return false;
    }
    if (!lease) return false;
    const leaseMs = job.leaseMs ?? 60_000;
    const renew = setInterval(() => {
      this.leases
        .updateOne({ name: job.name, owner: this.node }, { $set: { leaseUntil: new Date(this.now().getTime() + leaseMs) } })
        .catch((err: unknown) => this.logger.warn({ err, job: job.name }, "could not renew a job lease"));
    }, Math.max(10, Math.floor(leaseMs / 3)));
    renew.unref();
    const end = jobDuration.startTimer({ job: job.name });
    let error: unknown;
    try {
      await job.run();
    } catch (err) {
      error = err;
    } finally {
      clearInterval(renew);
      end();
    }
    jobRuns.inc({ job: job.name, outcome: error ? "failure" : "success" });
    if (error) this.logger.warn({ err: error, job: job.name }, "periodic job failed");
    const finishedAt = this.now();
    await this.leases
      .updateOne(
        { name: job.name, owner: this.node },
        {
          $set: {
            owner: null,
            leaseUntil: new Date(0),
            nextRunAt: new Date(startedAt.getTime() + job.everyMs),
            lastRunAt: finishedAt,
            ...(error ? { lastError: error instanceof Error ? error.message : String(error) } : {}),
          },
          $inc: error ? { runs: 1, failures: 1 } : { runs: 1 },
        },
      )
      .catch((err: unknown) => this.logger.warn({ err, job: job.name }, "could not release a job lease"));
    return true;
  }
}
