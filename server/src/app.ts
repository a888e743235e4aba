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
import { createGuard } from "./modules/auth/guard.js";
import { checkSession } from "./modules/sessions/state.js";
import { apiModules } from "./modules/index.js";
import { jsonBody, rejectControlCharsInQuery, requireUtf8 } from "./http/input-guard.js";
import { noStore } from "./http/no-store.js";
import { overloadGuard, overloadOptions } from "./http/overload.js";
import { buildOpenApiDocument, openApiDocsPage } from "./http/openapi.js";
import { hideSecretPaths } from "./http/secret-paths.js";
import { httpMetrics, metricsHandler } from "./http/metrics.js";

/** Builds the Express app from its dependencies: no listen, no globals. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", deps.config.isProduction ? 1 : false);
  app.set("query parser", "simple");
  app.use(httpMetrics());

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url?.startsWith("/api/health") === true || req.url === "/metrics" },
      serializers: { req: (req: { url?: string }) => ({ ...req, url: hideSecretPaths(req.url) }) },
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
  app.use("/api", overloadGuard(overloadOptions(deps.config)), noStore, requireUtf8, jsonBody(deps.config.BODY_LIMIT), rejectControlCharsInQuery);

  // On the public port only behind its token; with METRICS_PORT they are served there instead.
  if (deps.config.METRICS_TOKEN && !deps.config.METRICS_PORT) app.get("/metrics", metricsHandler(deps));

  const api = express.Router();
  api.use(healthRoutes(deps));
  const modules = apiModules(deps, createGuard(deps.jwtSecret, (auth) => checkSession(deps, auth)));
  for (const module of modules) api.use(module.router);
  const openApi = buildOpenApiDocument(
    modules.flatMap((m) => m.specs),
    { version: "1.0.0" },
  );
  const docs = openApiDocsPage();
  api.get("/openapi.json", (_req, res) => {
    res.json(openApi);
  });
  api.get("/docs", (_req, res) => {
    res.setHeader("Content-Security-Policy", `default-src 'self'; script-src '${docs.scriptHash}'; style-src 'unsafe-inline'`);
    res.type("html").send(docs.html);
  });
  api.use(notFoundHandler);
  app.use("/api", api);

  const clientDist = path.join(ROOT_DIR, "client", "dist");
  if (fs.existsSync(path.join(clientDist, "index.html"))) {
    app.use(express.static(clientDist, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!api\/|socket\.io\/|metrics$).*/, (_req, res) => res.sendFile(path.join(clientDist, "index.html")));
  }

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
