import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CONFIG_VARIABLES, ConfigError, ROOT_DIR, loadConfig } from "../../server/src/config.js";
import { copyParts, deployPath, dockerIgnored, interpolate, readCompose, readDockerfile, readEnvFile, referencedVariables } from "./files.js";

const COMPOSE = deployPath("compose.prod.yml");
const exampleEnv = readEnvFile(deployPath(".env.example"));
const compose = readCompose(COMPOSE, exampleEnv);
const appServices = Object.entries(compose.services).filter(([, s]) => s.build?.dockerfile === "Dockerfile");

/** The variables production refuses to start without, as config.ts's schema names them. */
function requiredInProduction(): string[] {
  try {
    loadConfig({ NODE_ENV: "production" });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => p.variable);
  }
  throw new Error("production started with no configuration at all");
}

const seconds = (d: string) => Number(/^(\d+)s$/.exec(d)?.[1] ?? NaN);

describe("production compose file", () => {
  it("when read with the example environment, then every variable it refers to is in deploy/.env.example", () => {
    const referenced = referencedVariables(fs.readFileSync(COMPOSE, "utf8"));
    expect(referenced.filter((v) => !(v in exampleEnv))).toEqual([]);
    // A missing secret stops compose instead of starting nodes without it.
    expect(() => interpolate(fs.readFileSync(COMPOSE, "utf8"), {})).toThrow(/is required/);
  });

  it("when an app node's environment is loaded as its configuration, then it holds every variable production requires and no unknown one", () => {
    const required = requiredInProduction();
    expect(required).toEqual(expect.arrayContaining(["MONGODB_URI", "MEILI_URL", "JWT_SECRET"]));
    expect(appServices.map(([name]) => name)).toEqual(["app1", "app2"]);
    for (const [, service] of appServices) {
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)]));
      for (const key of required) expect(env[key], key).toBeTruthy();
      expect(Object.keys(env).filter((k) => !CONFIG_VARIABLES.includes(k))).toEqual([]);
      const config = loadConfig(env);
      expect(config.isProduction).toBe(true);
      expect(config.REDIS_URL).toBe("redis://redis:6379");
      expect(config.METRICS_PORT ?? config.METRICS_TOKEN).toBeTruthy();
      // Every host the node connects to is a service of this file.
      for (const url of [config.MEILI_URL!, config.REDIS_URL!]) expect(compose.services).toHaveProperty(new URL(url).hostname);
      const mongoHosts = /^mongodb:\/\/([^/]+)\//.exec(config.MONGODB_URI!)![1].split(",").map((h) => h.split(":")[0]);
      for (const host of mongoHosts) expect(compose.services[host]?.command).toEqual(["mongod", "--replSet", "rs0", "--bind_ip_all"]);
      expect(config.MONGODB_URI).toContain("replicaSet=rs0");
      expect(config.MEILI_MASTER_KEY).toBe(compose.services.meilisearch.environment?.MEILI_MASTER_KEY);
      // Docker waits long enough for the node to drain before it kills it.
      expect(seconds(service.stop_grace_period!) * 1000).toBeGreaterThan(config.DRAIN_DELAY_MS + config.SHUTDOWN_TIMEOUT_MS);
      expect(service.depends_on).toMatchObject({ "mongo-init": { condition: "service_completed_successfully" } });
      expect(service.healthcheck?.test.join(" ")).toContain("/api/health/ready");
    }
  });

  it("when the replica set is initiated, then its members are the three MongoDB services", () => {
    const init = compose.services["mongo-init"];
    const script = init.volumes?.[0].split(":")[0] ?? "";
    const text = fs.readFileSync(path.resolve(path.dirname(COMPOSE), script), "utf8");
    const hosts = [...text.matchAll(/host: "([^"]+)"/g)].map((m) => m[1]);
    expect(hosts).toEqual(["mongo1:27017", "mongo2:27017", "mongo3:27017"]);
    expect(text).toContain('_id: "rs0"');
    expect(Object.keys(init.depends_on ?? {})).toEqual(["mongo1", "mongo2", "mongo3"]);
  });

  it("when nginx balances the app nodes, then its upstream lists every app node on its port, sticky, and its mounted files exist", () => {
    const conf = fs.readFileSync(deployPath("nginx", "parklink.conf"), "utf8");
    const upstream = /upstream parklink \{([\s\S]*?)\}/.exec(conf)![1];
    expect(upstream).toMatch(/^\s*ip_hash;/m);
    const servers = [...upstream.matchAll(/^\s*server ([\w.-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers).toEqual(appServices.map(([name, s]) => `${name}:${s.environment?.PORT}`));
    const nginx = compose.services.nginx;
    for (const volume of nginx.volumes ?? []) {
      const source = volume.split(":")[0];
      if (source.endsWith(".conf")) expect(fs.existsSync(path.resolve(path.dirname(COMPOSE), source)), source).toBe(true);
    }
    expect(conf).toContain("include /etc/nginx/conf.d/proxy.conf.inc;");
    expect(nginx.volumes).toContain("./nginx/proxy.conf:/etc/nginx/conf.d/proxy.conf.inc:ro");
  });
});

describe("Dockerfile", () => {
  const steps = readDockerfile(path.join(ROOT_DIR, "Dockerfile"));
  const last = Math.max(...steps.map((s) => s.stage));
  const final = steps.filter((s) => s.stage === last);
  const serverPackage = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, "server/package.json"), "utf8")) as { scripts: Record<string, string> };
  const clientPackage = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, "client/package.json"), "utf8")) as { scripts: Record<string, string> };

  it("when built, then every COPY source from the context exists and is not left out by .dockerignore", () => {
    const copies = steps.filter((s) => s.op === "COPY").map((s) => copyParts(s.args));
    const fromContext = copies.filter((c) => !c.from).flatMap((c) => c.sources);
    expect(fromContext.length).toBeGreaterThan(5);
    for (const source of fromContext) {
      expect(fs.existsSync(path.join(ROOT_DIR, source)), source).toBe(true);
      expect(dockerIgnored(source), source).toBe(false);
    }
    expect(dockerIgnored("server/node_modules")).toBe(true);
  });

  it("when it runs, then the final stage is small (runtime dependencies only), non-root, and runs what the build produced", () => {
    expect(last).toBeGreaterThanOrEqual(1);
    const runs = (stage: number) => steps.filter((s) => s.stage === stage && s.op === "RUN").map((s) => s.args).join("\n");
    expect(runs(last)).toMatch(/npm ci --omit=dev/);
    expect(runs(0)).toContain("npm run build -w client");
    expect(runs(0)).toContain("npm run build -w server");
    expect(serverPackage.scripts.build).toBeTruthy();
    expect(clientPackage.scripts.build).toBeTruthy();
    const user = final.filter((s) => s.op === "USER").pop()?.args;
    expect(user).toBeTruthy();
    expect(["root", "0"]).not.toContain(user!.split(":")[0]);
    // What the final stage copies from the build stage is what the build writes.
    const built = final.filter((s) => s.op === "COPY" && s.args.startsWith("--from=")).map((s) => copyParts(s.args).sources[0]);
    expect(built).toEqual(["/app/server/dist", "/app/client/dist"]);
    // CMD runs the file server/package.json's start:prod runs.
    const cmd = JSON.parse(final.find((s) => s.op === "CMD")!.args) as string[];
    const startProd = serverPackage.scripts["start:prod"].split(/\s+/);
    expect(cmd.slice(0, -1)).toEqual(startProd.slice(0, -1));
    expect(cmd[cmd.length - 1]).toBe(path.posix.join("server", startProd[startProd.length - 1]));
  });

  it("when the server is built as the image builds it, then plain node runs it (no TypeScript tooling) and it checks its production configuration", () => {
    execFileSync("npm", ["run", "build", "-w", "server"], { cwd: ROOT_DIR, stdio: "pipe" });
    // The reindex an operator runs in the image after an upgrade is built beside the server.
    expect(fs.existsSync(path.join(ROOT_DIR, "server/dist/reindex.js"))).toBe(true);
    const cmd = JSON.parse(final.find((s) => s.op === "CMD")!.args) as string[];
    const env = { PATH: process.env.PATH ?? "", NODE_ENV: "production" };
    const ran = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT_DIR, env, encoding: "utf8", timeout: 20_000 });
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain("Configuration error: MONGODB_URI is required in production");
    expect(ran.stderr).toContain("Configuration error: JWT_SECRET is required in production");
  });
});

describe("nginx configuration", () => {
  it("when checked by nginx -t (app hosts mapped to local ports, a throw-away certificate), then it is valid", () => {
    const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
    // Never a skip: CI installs nginx (.ci/apt-packages).
    expect(nginx, "nginx is not installed").toBeTruthy();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parklink-nginx-"));
    try {
      fs.mkdirSync(path.join(dir, "logs"));
      execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-days", "1", "-keyout", path.join(dir, "privkey.pem"), "-out", path.join(dir, "fullchain.pem")], { stdio: "pipe" });
      const site = fs
        .readFileSync(deployPath("nginx", "parklink.conf"), "utf8")
        .replace(/server (app\d+):3000/g, (_m, app: string) => `server 127.0.0.1:${3100 + Number(app.slice(3))}`)
        .replaceAll("/etc/nginx/certs", dir)
        .replace("/etc/nginx/conf.d/proxy.conf.inc", deployPath("nginx", "proxy.conf"));
      fs.writeFileSync(path.join(dir, "site.conf"), site);
      fs.writeFileSync(
        path.join(dir, "nginx.conf"),
        `pid ${dir}/nginx.pid;\nerror_log ${dir}/logs/error.log;\nevents {}\nhttp {\n  access_log off;\n  include ${dir}/site.conf;\n}\n`,
      );
      const checked = spawnSync(nginx!, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
      expect(checked.stderr).toContain("test is successful");
      expect(checked.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
