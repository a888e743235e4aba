import { Router } from "express";
import { mongoStatus } from "../../infra/mongo.js";
import { nodeState } from "../../infra/node-state.js";
import type { AppDeps } from "../../deps.js";
import { ensureIndex } from "../search/reindex.js";

type Check = "up" | "down";

/** The directory index exists with its settings (sent once per process; cached after). */
async function searchSettings(deps: AppDeps): Promise<Check> {
  try {
    await ensureIndex(deps);
    return "up";
  } catch {
    return "down";
  }
}

/**
 * Probes for a load balancer or orchestrator. `live`: the process answers (restart it if
 * not). `ready`: send it traffic — MongoDB and search reachable, the search index set up,
 * and the node not draining for shutdown; otherwise 503 naming what is down.
 */
export function probeRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/health/live", (_req, res) => {
    res.json({ status: "live" });
  });
  router.get("/health/ready", async (_req, res) => {
    const state = nodeState(deps);
    const [mongodb, searchStatus] = await Promise.all([mongoStatus(deps.db), deps.search.status()]);
    const search: Check = searchStatus === "up" ? "up" : "down";
    const checks: Record<string, Check> = {
      mongodb,
      search,
      searchSettings: search === "up" ? await searchSettings(deps) : "down",
    };
    const down = Object.keys(checks).filter((k) => checks[k] === "down");
    if (state.draining) down.unshift("draining");
    res.status(down.length ? 503 : 200).json({ status: down.length ? "unready" : "ready", checks, down, draining: state.draining });
  });
  return router;
}
