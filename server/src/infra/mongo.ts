import fs from "node:fs";
import path from "node:path";
import https from "node:https";
import mongoose from "mongoose";
import type { Logger } from "./logger.js";

export type MongoBackendKind = "external" | "memory-server" | "dev-server";

export interface MongoBackend {
  kind: MongoBackendKind;
  uri: string;
  stop(): Promise<void>;
}

export interface MongoBackendOptions {
  uri?: string;
  /** Force one embedded backend instead of choosing. */
  prefer?: "auto" | "memory-server" | "dev-server";
  /** Folder for persistent data (`npm start`); undefined = ephemeral (tests). */
  dataDir?: string;
  /** The development MongoDB logs (warn) operations and journal syncs slower than this (ms). */
  slowMs?: number;
  logger: Logger;
}

const MONGOD_DOWNLOAD_HOST = "fastdl.mongodb.org";

/** A HEAD request that answers within the timeout or counts as offline: no long download retries. */
function canReach(host: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = https.request({ host, method: "HEAD", path: "/", timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.on("error", () => resolve(false));
    req.end();
  });
}

/** A mongod the memory server can run without downloading: given explicitly or already in its cache. */
async function localMongodBinary(): Promise<string | undefined> {
  const given = process.env.MONGOMS_SYSTEM_BINARY;
  if (given) return fs.existsSync(given) ? given : undefined;
  try {
    const { DryMongoBinary } = await import("mongodb-memory-server-core/lib/util/DryMongoBinary.js");
    const options = await DryMongoBinary.generateOptions();
    return (await DryMongoBinary.locateBinary(options)) || undefined;
  } catch {
    return undefined;
  }
}

async function startMemoryServer(opts: MongoBackendOptions): Promise<MongoBackend> {
  const { MongoMemoryReplSet } = await import("mongodb-memory-server");
  const dbPath = opts.dataDir ? path.join(opts.dataDir, "mongodb") : undefined;
  if (dbPath) fs.mkdirSync(dbPath, { recursive: true });
  const replSet = await MongoMemoryReplSet.create({
    replSet: { count: 1, storageEngine: "wiredTiger" },
    instanceOpts: [{ dbPath, storageEngine: "wiredTiger" }],
  });
  return {
    kind: "memory-server",
    uri: replSet.getUri(),
    stop: async () => {
      await replSet.stop({ doCleanup: !dbPath, force: false });
    },
  };
}

async function startDevServer(opts: MongoBackendOptions): Promise<MongoBackend> {
  // A development dependency: a production install has MONGODB_URI and never loads it.
  const { startDevMongo } = await import("@parklink/devmongo").catch((err: unknown) => {
    throw new Error("No MongoDB configured: set MONGODB_URI (the development MongoDB, @parklink/devmongo, is not installed)", { cause: err });
  });
  const server = await startDevMongo({
    dataDir: opts.dataDir ? path.join(opts.dataDir, "devmongo") : undefined,
    // Slow operations and journal syncs ("devmongo: slow …") are warnings; the rest is debug detail.
    log: (msg: string, extra?: Record<string, unknown>) => (msg.startsWith("devmongo: slow") ? opts.logger.warn(extra ?? {}, msg) : opts.logger.debug(extra ?? {}, msg)),
    slowMs: opts.slowMs,
  });
  return { kind: "dev-server", uri: server.uri, stop: () => server.stop() };
}

/**
 * Chooses the MongoDB backend: MONGODB_URI when given (production: a real replica set);
 * else mongodb-memory-server when a mongod binary is at hand or can be downloaded;
 * else Parklink's offline development server.
 */
export async function startMongoBackend(opts: MongoBackendOptions): Promise<MongoBackend> {
  let backend: MongoBackend;
  if (opts.uri) {
    backend = { kind: "external", uri: opts.uri, stop: async () => {} };
  } else if (opts.prefer === "dev-server") {
    backend = await startDevServer(opts);
  } else if (opts.prefer === "memory-server" || (await localMongodBinary()) || (await canReach(MONGOD_DOWNLOAD_HOST, 1500))) {
    backend = await startMemoryServer(opts);
  } else {
    backend = await startDevServer(opts);
  }
  opts.logger.info({ backend: backend.kind }, `MongoDB backend: ${describeBackend(backend.kind)}`);
  return backend;
}

export function describeBackend(kind: MongoBackendKind): string {
  switch (kind) {
    case "external":
      return "external server from MONGODB_URI";
    case "memory-server":
      return "mongodb-memory-server (real mongod, single-node replica set)";
    case "dev-server":
      return "offline development server (no mongod available on this machine)";
  }
}

export async function connectMongo(uri: string, dbName?: string): Promise<mongoose.Connection> {
  // Mongoose keeps each query's call stack as text, to report a query run twice: with source
  // maps on (as production runs) that formatting cost more than the query's own work.
  mongoose.set("skipOriginalStackTraces", true);
  const connection = mongoose.createConnection(uri, {
    dbName,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: true,
  });
  await connection.asPromise();
  return connection;
}

export async function mongoStatus(connection: mongoose.Connection): Promise<"up" | "down"> {
  if (connection.readyState !== 1 || !connection.db) return "down";
  try {
    await connection.db.admin().ping();
    return "up";
  } catch {
    return "down";
  }
}
