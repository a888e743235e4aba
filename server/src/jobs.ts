import type { AppDeps } from "./deps.js";
import { JobRunner } from "./infra/jobs.js";
import { OutboxIndexer } from "./modules/search/indexer.js";
import { sweepRequests } from "./modules/requests/lifecycle.js";
import { storePendingSuggestions } from "./modules/matching/service.js";
import { sweepIntroductions } from "./modules/introductions/pipeline.js";
import { sendDigests } from "./modules/notifications/digest.js";
import { sendMeetingReminders } from "./modules/events/reminders.js";
import { drainFileDeletions } from "./modules/media/deletions.js";

export interface Jobs {
  indexer: OutboxIndexer;
  runner: JobRunner;
  stop(): Promise<void>;
}

/**
 * Background work of an app node. The periodic jobs run once across nodes, each under its
 * lease in `jobLeases` (infra/jobs.ts). The search indexer runs on every node: it claims
 * each outbox entry with its own lease, so nodes share the work without repeating it, and
 * the node that wrote drains at once.
 */
export function startJobs(deps: AppDeps, { sweepEveryMs = 15 * 60_000, suggestEveryMs = 5_000, remindEveryMs = 60_000 } = {}): Jobs {
  const indexer = new OutboxIndexer(deps);
  indexer.start();
  const runner = new JobRunner(deps.db, deps.logger)
    .add({ name: "requests-sweep", everyMs: sweepEveryMs, run: () => sweepRequests(deps) })
    .add({ name: "introductions-sweep", everyMs: sweepEveryMs, run: () => sweepIntroductions(deps) })
    .add({ name: "digests", everyMs: sweepEveryMs, run: () => sendDigests(deps) })
    .add({ name: "file-deletions", everyMs: sweepEveryMs, run: () => drainFileDeletions(deps) })
    // Event meeting reminders: each meeting is claimed once, so the cadence only bounds their delay.
    .add({ name: "meeting-reminders", everyMs: remindEveryMs, run: () => sendMeetingReminders(deps) })
    // Top matches of newly opened requests are stored for staff, once the search index has them.
    .add({ name: "suggestions", everyMs: suggestEveryMs, run: async () => (deps.search.client ? storePendingSuggestions(deps) : 0) });
  const started = runner.start().catch((err: unknown) => deps.logger.error({ err }, "periodic jobs did not start"));
  return {
    indexer,
    runner,
    stop: async () => {
      await started;
      await runner.stop();
      await indexer.stop();
    },
  };
}
