/** Handshake, diagnostics and session commands. */
import { Long, Timestamp, UUID } from "bson";
import { CommandError } from "../errors.js";
import type { Doc } from "../values.js";
import type { CommandContext, Handler } from "./context.js";

export const VERSION = "7.0.14";
const MAX_WIRE_VERSION = 21;

function hello(cmd: Doc, ctx: CommandContext): Doc {
  const { state } = ctx;
  const me = `${state.host}:${state.port}`;
  const now = new Date();
  const ts = Timestamp.fromNumber(Math.floor(now.getTime() / 1000) * 2 ** 32);
  const opTime = { ts, t: Long.fromNumber(1) };
  const reply: Doc = {
    isWritablePrimary: true,
    ismaster: true,
    hosts: [me],
    setName: "rs0",
    setVersion: 1,
    primary: me,
    me,
    secondary: false,
    electionId: state.electionId,
    lastWrite: { opTime, lastWriteDate: now, majorityOpTime: opTime, majorityWriteDate: now },
    maxBsonObjectSize: 16 * 1024 * 1024,
    maxMessageSizeBytes: 48_000_000,
    maxWriteBatchSize: 100_000,
    localTime: now,
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.connectionId,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
    ok: 1,
  };
  if (cmd.helloOk === true) reply.helloOk = true;
  return reply;
}

function buildInfo(): Doc {
  return {
    version: VERSION,
    gitVersion: "devmongo",
    versionArray: VERSION.split(".").map(Number).concat(0),
    bits: 64,
    debug: false,
    maxBsonObjectSize: 16 * 1024 * 1024,
    storageEngines: ["devmongo"],
    javascriptEngine: "none",
    modules: [],
    openssl: { running: "disabled" },
    ok: 1,
  };
}

function serverStatus(_cmd: Doc, ctx: CommandContext): Doc {
  const { state } = ctx;
  return {
    host: `${state.host}:${state.port}`,
    version: VERSION,
    process: "devmongo",
    pid: Long.fromNumber(process.pid),
    uptime: Math.floor((Date.now() - state.startedAt.getTime()) / 1000),
    localTime: new Date(),
    connections: { current: state.openConnections(), available: 10_000 },
    transactions: { currentActive: state.sessions.activeCount },
    metrics: { cursor: { open: { total: state.cursors.size } } },
    storageEngine: { name: "devmongo" },
    ok: 1,
  };
}

const ok: Handler = () => ({ ok: 1 });

function sessionIds(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function adminOnly(name: string, fn: Handler): Handler {
  return (cmd, ctx) => {
    if (ctx.db !== "admin") throw new CommandError("Unauthorized", `${name} may only be run against the admin database.`);
    return fn(cmd, ctx);
  };
}

export const adminCommands: Record<string, Handler> = {
  hello,
  isMaster: hello,
  ismaster: hello,
  ping: ok,
  buildInfo,
  buildinfo: buildInfo,
  getParameter: (cmd) => {
    const out: Doc = { ok: 1 };
    if (cmd.featureCompatibilityVersion !== undefined || cmd.getParameter === "*") {
      out.featureCompatibilityVersion = { version: "7.0" };
    }
    return out;
  },
  setParameter: () => ({ was: null, ok: 1 }),
  getCmdLineOpts: () => ({ argv: ["devmongo"], parsed: {}, ok: 1 }),
  getLog: (cmd) => (cmd.getLog === "*" ? { names: ["global", "startupWarnings"], ok: 1 } : { totalLinesWritten: 0, log: [], ok: 1 }),
  hostInfo: () => ({
    system: { currentTime: new Date(), hostname: "devmongo", cpuAddrSize: 64, numCores: 1 },
    os: { type: process.platform, name: process.platform },
    extra: {},
    ok: 1,
  }),
  serverStatus,
  connectionStatus: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 }),
  whatsmyuri: (_cmd, ctx) => ({ you: `${ctx.state.host}:0`, ok: 1 }),
  getFreeMonitoringStatus: () => ({ state: "disabled", ok: 1 }),
  replSetGetStatus: (_cmd, ctx) => ({
    set: "rs0",
    date: new Date(),
    myState: 1,
    members: [{ _id: 0, name: `${ctx.state.host}:${ctx.state.port}`, health: 1, state: 1, stateStr: "PRIMARY", self: true }],
    ok: 1,
  }),
  getLastError: () => ({ n: 0, err: null, ok: 1 }),
  logout: ok,
  fsync: () => ({ numFiles: 1, ok: 1 }),
  currentOp: () => ({ inprog: [], ok: 1 }),
  killOp: ok,
  lockInfo: () => ({ lockInfo: [], ok: 1 }),
  startSession: () => ({ id: { id: new UUID() }, timeoutMinutes: 30, ok: 1 }),
  refreshSessions: ok,
  endSessions: (cmd, ctx) => {
    ctx.state.sessions.end(sessionIds(cmd.endSessions));
    return { ok: 1 };
  },
  killSessions: (cmd, ctx) => {
    ctx.state.sessions.end(sessionIds(cmd.killSessions));
    return { ok: 1 };
  },
  killAllSessions: (_cmd, ctx) => {
    ctx.state.sessions.endAll();
    return { ok: 1 };
  },
  killAllSessionsByPattern: (_cmd, ctx) => {
    ctx.state.sessions.endAll();
    return { ok: 1 };
  },
  commitTransaction: adminOnly("commitTransaction", (cmd, ctx) => ctx.state.sessions.commit(cmd)),
  abortTransaction: adminOnly("abortTransaction", (cmd, ctx) => ctx.state.sessions.abort(cmd)),
};
