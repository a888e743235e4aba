import type mongoose from "mongoose";
import type { Config } from "./config.js";
import type { Logger } from "./infra/logger.js";
import type { MongoBackendKind } from "./infra/mongo.js";
import type { Search } from "./infra/search.js";
import type { Mailer } from "./infra/mail.js";

/** Everything the app needs from the outside world, handed in by main.ts or a test. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  db: mongoose.Connection;
  mongoBackend: MongoBackendKind;
  search: Search;
  /** Signing key of access tokens: JWT_SECRET, or one generated and kept under DATA_DIR in development. */
  jwtSecret: string;
  mailer: Mailer;
}
