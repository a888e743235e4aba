import type { AppDeps } from "./deps.js";
import { OutboxIndexer } from "./modules/search/indexer.js";
import { sweepRequests } from "./modules/requests/lifecycle.js";
import { storePendingSuggestions } from "./modules/matching/service.js";
import { sweepIntroductions } from "./modules/introductions/pipeline.js";
import { sendDigests } from "./modules/notifications/digest.js";
import { sendMeetingReminders } from "./modules/events/reminders.js";
import { drainFileDeletions } from "./modules/media/deletions.js";

export interface Jobs {
  indexer: OutboxIndexer;
  stop(): Promise<void>;
}

/** Background work of an app node: the search indexer and periodic sweeps. */
export function startJobs(deps: AppDeps, { sweepEveryMs = 15 * 60_000, suggestEveryMs = 5_000, remindEveryMs = 60_000 } = {}): Jobs {
  const indexer = new OutboxIndexer(deps);
  indexer.start();
  let sweeping: Promise<unknown> | undefined;
  const sweep = () => {
    sweeping ??= Promise.all([sweepRequests(deps), sweepIntroductions(deps), sendDigests(deps), drainFileDeletions(deps)])
      .catch((err: unknown) => deps.logger.warn({ err }, "periodic sweep failed"))
      .finally(() => (sweeping = undefined));
  };
  const timer = setInterval(sweep, sweepEveryMs);
  // Top matches of newly opened requests are stored for staff, once the search index has them.
  let suggesting: Promise<unknown> | undefined;
  const suggest = () => {
    if (!deps.search.client) return;
    suggesting ??= storePendingSuggestions(deps)
      .catch((err: unknown) => deps.logger.warn({ err }, "storing suggestions failed"))
      .finally(() => (suggesting = undefined));
  };
  const suggestTimer = setInterval(suggest, suggestEveryMs);
  suggestTimer.unref();
  // Event meeting reminders: each meeting is claimed once, so the cadence only bounds their delay.
  let reminding: Promise<unknown> | undefined;
  const remind = () => {
    reminding ??= sendMeetingReminders(deps)
      .catch((err: unknown) => deps.logger.warn({ err }, "event reminders failed"))
      .finally(() => (reminding = undefined));
  };
  const remindTimer = setInterval(remind, remindEveryMs);
  remindTimer.unref();
  timer.unref();
  sweep();
  return {
    indexer,
    stop: async () => {
      clearInterval(timer);
      clearInterval(suggestTimer);
      clearInterval(remindTimer);
      await suggesting;
      await reminding;
      await indexer.stop();
      await sweeping;
    },
  };
}
