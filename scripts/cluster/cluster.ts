/**
 * A Parklink cluster on this machine: N app nodes (the production bundle, NODE_ENV=production)
 * on one MongoDB and one Meilisearch, joined by one redis-server, behind Debian's nginx with
 * sticky sessions and the production proxy rules (deploy/nginx/proxy.conf).
 * Used by test/cluster/cluster.test.ts, `npm run cluster` and `npm run bench:chat -- --nodes 3`.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { ROOT_DIR } from "../../server/src/config.js";
import { startRedis } from "../../server/src/modules/chat/testing.js";

export interface ClusterOptions {
  mongoUri: string;
  meili: { url: string; masterKey: string };
  nodes?: number;
  /** Database of this cluster (default: a fresh parklink_cluster_<random>). */
  dbName?: string;
  /** Extra environment of every node. */
  env?: Record<string, string>;
  /** nginx worker connections (each proxied socket takes two). */
  workerConnections?: number;
  /** Extra options of every node's node process (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface ClusterNode {
  index: number;
  url: string;
  port: number;
  pid: number;
  alive(): boolean;
  output(): string;
  /** Sends a signal and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface Cluster {
  /** The balancer's URL: what clients use. */
  url: string;
  nodes: ClusterNode[];
  redisUrl: string;
  dbName: string;
  mongoUri: string;
  indexPrefix: string;
  jwtSecret: string;
  metricsToken: string;
  /** The node (index) nginx sends a request from this local address to, by its X-Parklink-Upstream header. */
  nodeFor(localAddress: string): Promise<number>;
  /** nginx's error log so far. */
  nginxLog(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number, output = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} not ready within ${timeoutMs} ms\n${output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The URI with its database set (several clusters and tests share one MongoDB). */
export function withDatabase(uri: string, dbName: string): string {
  const u = new URL(uri);
  u.pathname = `/${dbName}`;
  return u.toString();
}

/**
 * Bundles the server as the Docker image does (scripts/build-server.ts), into a directory
 * of this cluster's own, so that a build running beside it (another test) cannot change it.
 */
export function buildServer(): { bundle: string; remove(): void } {
  const dir = path.join(ROOT_DIR, "server", `dist-cluster-${process.pid}-${crypto.randomBytes(3).toString("hex")}`);
  execFileSync(process.execPath, ["--import", "tsx", path.join(ROOT_DIR, "scripts/build-server.ts"), "--outdir", dir], { cwd: ROOT_DIR, stdio: "pipe" });
  return { bundle: path.join(dir, "main.js"), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Node's options for a production node, as server/package.json's start:prod (and the
 * Dockerfile's CMD) give them: source maps, and a young generation sized for a busy socket
 * server (fewer scavenges, less promoted to the old generation; see README, "Scale figures").
 */
export function productionNodeOptions(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, "server/package.json"), "utf8")) as { scripts: Record<string, string> };
  return pkg.scripts["start:prod"].split(/\s+/).slice(1, -1);
}

function startNode(index: number, port: number, bundle: string, env: Record<string, string>, nodeArgs: string[] = []): ClusterNode {
  const child: ChildProcess = spawn(process.execPath, [...productionNodeOptions(), ...nodeArgs, bundle], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  // CLUSTER_LOG_DIR: each node's whole output also goes to node-<index>.log there.
  const logFile = process.env.CLUSTER_LOG_DIR ? fs.createWriteStream(path.join(process.env.CLUSTER_LOG_DIR, `node-${index}.log`)) : undefined;
  const onData = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
    logFile?.write(chunk);
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    index,
    port,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    alive: () => child.exitCode === null && child.signalCode === null,
    output: () => out,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Connections one worker holds: each needs a file descriptor, and the hard limit here is 20,000. */
const PER_WORKER = 16_000;

function nginxConfig(dir: string, port: number, upstreams: number[], workerConnections: number): string {
  const proxyRules = path.join(ROOT_DIR, "deploy/nginx/proxy.conf");
  // More connections than one worker's descriptors: several workers, the kernel spreading accepts (reuseport).
  const workers = Math.ceil(workerConnections / PER_WORKER);
  const perWorker = Math.min(workerConnections, PER_WORKER);
  return `daemon off;
worker_processes ${workers};
worker_rlimit_nofile ${perWorker + 1024};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${perWorker}; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  upstream parklink {
    ip_hash;
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join("\n")}
    keepalive 32;
  }
  map $http_upgrade $connection_upgrade {
    default upgrade;
    "" close;
  }
  server {
    listen 127.0.0.1:${port}${workers > 1 ? " reuseport" : ""};
    add_header X-Parklink-Upstream $upstream_addr always;
    include ${proxyRules};
  }
}
`;
}

/** Debian's nginx on a free port in front of the given local ports, with the production proxy rules. */
export async function startNginx(upstreams: number[], workerConnections: number): Promise<{ url: string; stop(): Promise<void>; log(): string }> {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
  if (!nginx) throw new Error("nginx is not installed (apt-get install nginx)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parklink-cluster-nginx-"));
  fs.mkdirSync(path.join(dir, "tmp"));
  // Workers run as an unprivileged user when nginx starts as root.
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(path.join(dir, "tmp"), 0o777);
  const port = await freePort();
  fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, port, upstreams, workerConnections));
  const child = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const log = () => out + (fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8") : "");
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => (await fetch(`${url}/api/health/live`, { signal: AbortSignal.timeout(2000) })).ok, "nginx", 10_000, log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, log, stop };
}

export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const count = opts.nodes ?? 3;
  const dbName = opts.dbName ?? `parklink_cluster_${crypto.randomBytes(4).toString("hex")}`;
  const indexPrefix = `c${crypto.randomBytes(4).toString("hex")}_`;
  const jwtSecret = crypto.randomBytes(32).toString("hex");
  const metricsToken = crypto.randomBytes(24).toString("hex");
  const stoppers: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const s of stoppers.splice(0).reverse()) await s().catch(() => undefined);
  };
  try {
    const { bundle, remove } = buildServer();
    stoppers.push(async () => remove());
    const redis = await startRedis();
    stoppers.push(() => redis.stop());
    const mongoUri = withDatabase(opts.mongoUri, dbName);
    const env: Record<string, string> = {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      MONGODB_URI: mongoUri,
      MEILI_URL: opts.meili.url,
      MEILI_MASTER_KEY: opts.meili.masterKey,
      MEILI_INDEX_PREFIX: indexPrefix,
      JWT_SECRET: jwtSecret,
      REDIS_URL: redis.url,
      METRICS_TOKEN: metricsToken,
      // Production requires a public address and a mail relay; nothing listens there, so mail waits in its outbox.
      PUBLIC_URL: "http://127.0.0.1",
      SMTP_URL: "smtp://127.0.0.1:9",
      MAIL_FROM: "Parklink <no-reply@parklink.test>",
      LOG_LEVEL: "warn",
      SHUTDOWN_TIMEOUT_MS: "3000",
      ...opts.env,
    };
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
    const nodes = ports.map((port, i) => startNode(i, port, bundle, env, opts.nodeArgs));
    stoppers.push(() => Promise.all(nodes.map((n) => n.kill("SIGTERM"))));
    await Promise.all(
      nodes.map((n) =>
        waitFor(async () => {
          if (!n.alive()) throw new Error(`node ${n.index} exited:\n${n.output()}`);
          return (await fetch(`${n.url}/api/health/ready`, { signal: AbortSignal.timeout(5000) })).ok;
        }, `node ${n.index}`, 60_000, n.output),
      ),
    );
    const nginx = await startNginx(ports, opts.workerConnections ?? 1024);
    stoppers.push(() => nginx.stop());
    return {
      url: nginx.url,
      nodes,
      redisUrl: redis.url,
      dbName,
      mongoUri,
      indexPrefix,
      jwtSecret,
      metricsToken,
      nginxLog: nginx.log,
      nodeFor: async (localAddress) => {
        const res = await new Promise<string>((resolve, reject) => {
          const u = new URL(`${nginx.url}/api/health/live`);
          const socket = net.connect({ host: u.hostname, port: Number(u.port), localAddress }, () => {
            socket.write(`GET ${u.pathname} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
          });
          let text = "";
          socket.on("data", (c) => (text += c.toString()));
          socket.on("end", () => resolve(text));
          socket.on("error", reject);
        });
        // After a failed node the header lists every upstream tried: the last one answered.
        const tried = /x-parklink-upstream: ([^\r\n]+)/i.exec(res)?.[1].split(", ") ?? [];
        return ports.indexOf(Number(tried[tried.length - 1]?.split(":")[1]));
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
