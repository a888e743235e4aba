import type { AppDeps } from "./deps.js";
import { OutboxIndexer } from "./modules/search/indexer.js";
import { sweepRequests } from "./modules/requests/lifecycle.js";

export interface Jobs {
  indexer: OutboxIndexer;
  stop(): Promise<void>;
}

/** Background work of an app node: the search indexer and periodic sweeps. */
export function startJobs(deps: AppDeps, { sweepEveryMs = 15 * 60_000 } = {}): Jobs {
  const indexer = new OutboxIndexer(deps);
  indexer.start();
  let sweeping: Promise<unknown> | undefined;
  const sweep = () => {
    sweeping ??= sweepRequests(deps)
      .catch((err: unknown) => deps.logger.warn({ err }, "request sweep failed"))
      .finally(() => (sweeping = undefined));
  };
  const timer = setInterval(sweep, sweepEveryMs);
  timer.unref();
  sweep();
  return {
    indexer,
    stop: async () => {
      clearInterval(timer);
      await indexer.stop();
      await sweeping;
    },
  };
}
