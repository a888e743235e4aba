import { Router } from "express";
import { mongoStatus } from "../../infra/mongo.js";
import type { AppDeps } from "../../deps.js";
import { probeRoutes } from "./probes.js";

const startedAt = Date.now();

/** `GET /api/health`: MongoDB and Meilisearch reported separately; search away = degraded, not down. */
export function healthRoutes(deps: AppDeps): Router {
  const router = Router();
  router.use(probeRoutes(deps));
  router.get("/health", async (_req, res) => {
    const [mongo, search] = await Promise.all([mongoStatus(deps.db), deps.search.status()]);
    const status = mongo === "down" ? "down" : search === "up" ? "ok" : "degraded";
    res.status(status === "down" ? 503 : 200).json({
      status,
      services: {
        mongodb: { status: mongo, backend: deps.mongoBackend },
        search: { status: search },
      },
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    });
  });
  return router;
}
