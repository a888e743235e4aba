/**
 * Throw-away MongoDB and Meilisearch in a process of their own, for benchmarks that must
 * not share an event loop with the services (the development MongoDB runs in-process).
 * Prints one JSON line with their addresses; stops them on SIGTERM or when stdin closes.
 */
import { loadConfig } from "../../server/src/config.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { startServices } from "../../server/src/infra/services.js";

const config = loadConfig({ ...process.env, NODE_ENV: "test" });
const services = await startServices(config, createLogger({ logLevel: "warn", NODE_ENV: "test" }), { ephemeral: true });
if (!services.meili) throw new Error("Meilisearch is required (no binary for this platform; set MEILI_URL)");
console.log(JSON.stringify({ mongoUri: services.mongo.uri, meiliUrl: services.meili.url, meiliKey: services.meili.masterKey }));
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await services.stop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.stdin.on("end", () => void stop());
process.stdin.resume();
