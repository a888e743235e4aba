/** Readers of the deployment files for their static checks (deploy.test.ts). */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT_DIR } from "../../server/src/config.js";

export const deployPath = (...parts: string[]) => path.join(ROOT_DIR, "deploy", ...parts);

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string | number | boolean>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  stop_grace_period?: string;
  healthcheck?: { test: string[] };
  ports?: string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
}

/** Reads KEY=value lines (comments and blanks skipped). */
export function readEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  return env;
}

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error}; an unset required variable throws. */
export function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_all, name: string, op?: string, arg?: string) => {
    const value = env[name];
    if (value !== undefined && value !== "") return value;
    if (op === "-") return arg ?? "";
    if (op === "?") throw new Error(`${name}: ${arg}`);
    return "";
  });
}

/** The compose file with its variables filled from `env` and its YAML merge keys (<<) applied. */
export function readCompose(file: string, env: Record<string, string>): ComposeFile {
  return parse(interpolate(fs.readFileSync(file, "utf8"), env), { merge: true }) as ComposeFile;
}

/** Every ${VAR} a file refers to. */
export function referencedVariables(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1]))];
}

export interface DockerInstruction {
  stage: number;
  op: string;
  args: string;
}

/** The Dockerfile's instructions (continuation lines joined, comments dropped), numbered by stage. */
export function readDockerfile(file: string): DockerInstruction[] {
  const joined = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => !l.trimStart().startsWith("#"))
    .join("\n")
    .replace(/\\\n/g, " ");
  let stage = -1;
  const out: DockerInstruction[] = [];
  for (const line of joined.split("\n")) {
    const m = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === "FROM") stage++;
    out.push({ stage, op: m[1], args: m[2].trim() });
  }
  return out;
}

/** A COPY's flags, sources and destination. */
export function copyParts(args: string): { from?: string; sources: string[]; dest: string } {
  const words = args.split(/\s+/);
  const from = words.find((w) => w.startsWith("--from="))?.slice("--from=".length);
  const paths = words.filter((w) => !w.startsWith("--"));
  return { from, sources: paths.slice(0, -1), dest: paths[paths.length - 1] };
}

/** Paths .dockerignore leaves out of the build context (its patterns, as simple prefixes and ** globs). */
export function dockerIgnored(relPath: string): boolean {
  const patterns = fs
    .readFileSync(path.join(ROOT_DIR, ".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  return patterns.some((p) => {
    const re = new RegExp(`^${p.replace(/\./g, "\\.").replace(/\*\*\//g, "(.*/)?").replace(/\*/g, "[^/]*")}(/|$)`);
    return re.test(relPath);
  });
}
