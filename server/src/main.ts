import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./infra/logger.js";
import { startServer } from "./server.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) console.error(`Configuration error: ${p.variable} ${p.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config);
  const server = await startServer(config, logger);
  logger.info(`Parklink is running at ${server.url}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), config.DRAIN_DELAY_MS + config.SHUTDOWN_TIMEOUT_MS + 5_000);
    force.unref();
    await server.close();
    logger.flush();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err: unknown) => {
  console.error("Parklink failed to start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
