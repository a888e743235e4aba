import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import express, { type Express } from "express";
import helmet from "helmet";
import cors from "cors";
import { pinoHttp } from "pino-http";
import { ROOT_DIR } from "./config.js";
import type { AppDeps } from "./deps.js";
import { errorHandler, notFoundHandler } from "./http/error-handler.js";
import { healthRoutes } from "./modules/health/routes.js";

/** Builds the Express app from its dependencies: no listen, no globals. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", deps.config.isProduction ? 1 : false);
  app.set("query parser", "simple");

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/api/health" },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { "connect-src": ["'self'", "ws:", "wss:"], "img-src": ["'self'", "data:"] },
      },
    }),
  );
  app.use(cors({ origin: deps.config.CORS_ORIGINS, credentials: true }));
  app.use(express.json({ limit: deps.config.BODY_LIMIT, strict: true }));

  const api = express.Router();
  api.use(healthRoutes(deps));
  api.use(notFoundHandler);
  app.use("/api", api);

  const clientDist = path.join(ROOT_DIR, "client", "dist");
  if (fs.existsSync(path.join(clientDist, "index.html"))) {
    app.use(express.static(clientDist, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => res.sendFile(path.join(clientDist, "index.html")));
  }

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
