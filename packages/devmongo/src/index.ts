/**
 * devmongo: an offline MongoDB wire-protocol server for development and tests,
 * used when no real mongod is available. It answers as a single-node replica
 * set primary ("rs0") so drivers enable sessions and transactions. Queries,
 * projections, updates and aggregation run on mingo; documents are encoded
 * with bson. Production always uses real MongoDB: this refuses to start when
 * NODE_ENV=production.
 */
import { ObjectId } from "bson";
import { Store } from "./catalog.js";
import type { ServerState } from "./commands/context.js";
import { CursorRegistry } from "./cursors.js";
import { Durability } from "./durable.js";
import { WireServer } from "./server.js";
import { Sessions } from "./sessions.js";
import { expireTtl } from "./ttl.js";

export interface DevMongoOptions {
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /**
   * Directory of the journal and checkpoints: a write is answered once it is on disk there,
   * and start-up loads it. Undefined = in memory only.
   */
  dataDir?: string;
  /** Journal bytes after which a checkpoint is taken (default 64 MiB). */
  checkpointBytes?: number;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
  /** Operations slower than this (ms) are logged with their command, namespace and filter, as mongod's slowms does; journal syncs too. */
  slowMs?: number;
}

export interface DevMongoServer {
  /** e.g. mongodb://127.0.0.1:PORT/?replicaSet=rs0 */
  uri: string;
  port: number;
  /** Closes sockets, journals what is left and writes a checkpoint. */
  stop(): Promise<void>;
}

const SWEEP_INTERVAL_MS = 1000;

export async function startDevMongo(opts: DevMongoOptions = {}): Promise<DevMongoServer> {
  if (process.env.NODE_ENV === "production") {
    throw new Error(
      "devmongo is a development/test stand-in for MongoDB and refuses to start when NODE_ENV=production; " +
        "configure MONGODB_URI to point at a real MongoDB replica set.",
    );
  }
  const host = opts.host ?? "127.0.0.1";
  const log = opts.log ?? (() => undefined);
  const store = new Store();
  const opened = opts.dataDir ? Durability.open(opts.dataDir, store, { checkpointBytes: opts.checkpointBytes, log, slowMs: opts.slowMs }) : undefined;
  const durability = opened?.durability;

  const state: ServerState = {
    store,
    sessions: new Sessions(store),
    cursors: new CursorRegistry(),
    host,
    port: 0,
    startedAt: new Date(),
    electionId: new ObjectId("7fffffff0000000000000001"),
    openConnections: () => server.connections,
  };
  const server = new WireServer(state, { afterCommand: () => durability?.commit(), log, slowMs: opts.slowMs });
  const port = await server.listen(host, opts.port ?? 0);
  state.port = port;

  const sweep = setInterval(() => {
    const now = Date.now();
    state.cursors.sweep(now);
    state.sessions.sweep(now);
    const expired = expireTtl(store, new Date(now));
    if (expired > 0) {
      durability?.commit()?.catch((err: unknown) => log("devmongo: journal write failed", { err: String(err) }));
    }
    const ms = Date.now() - now;
    if (opts.slowMs !== undefined && ms >= opts.slowMs) log("devmongo: slow operation", { command: "ttl-sweep", expired, ms });
  }, SWEEP_INTERVAL_MS);
  sweep.unref();

  const hostPart = host.includes(":") ? `[${host}]` : host;
  const uri = `mongodb://${hostPart}:${port}/?replicaSet=rs0`;
  let documents = 0;
  let collections = 0;
  for (const c of store.collections()) {
    collections++;
    documents += c.docs.size;
  }
  log(`devmongo listening on ${uri}`, {
    uri,
    dataDir: opts.dataDir ?? null,
    ...opened?.report,
    collections,
    documents,
  });

  let stopped: Promise<void> | undefined;
  return {
    uri,
    port,
    stop: () => {
      stopped ??= (async () => {
        clearInterval(sweep);
        state.sessions.endAll();
        await server.close();
        await durability?.close();
      })();
      return stopped;
    },
  };
}
