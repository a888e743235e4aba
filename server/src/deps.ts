import type mongoose from "mongoose";
import type { Config } from "./config.js";
import type { Logger } from "./infra/logger.js";
import type { MongoBackendKind } from "./infra/mongo.js";
import type { Search } from "./infra/search.js";

/** Everything the app needs from the outside world, handed in by main.ts or a test. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  db: mongoose.Connection;
  mongoBackend: MongoBackendKind;
  search: Search;
}
