import { z } from "zod";
import path from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";

/** The repository root: `.data/` and the built client are found from here. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");
const list = z.string().transform((v) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
);
const intIn = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Every environment variable Parklink reads. README.md's configuration table
 * mirrors this list; keep the two in step.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: intIn(0, 65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    CORS_ORIGINS: list.default(["http://localhost:5173"]),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, "expected a size such as 100kb or 1mb")
      .default("200kb"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    DATA_DIR: z.string().min(1).default(path.join(ROOT_DIR, ".data")),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, "expected a mongodb:// or mongodb+srv:// URI")
      .optional(),
    MONGO_BACKEND: z.enum(["auto", "memory-server", "dev-server"]).default("auto"),
    /** The development MongoDB logs operations and journal syncs slower than this (ms), as mongod's slowms does. */
    DEVMONGO_SLOW_MS: intIn(0, 600_000).optional(),
    MEILI_URL: z.url().optional(),
    MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 bytes").optional(),
    MEILI_BIN: z.string().min(1).optional(),
    MEILI_MAX_INDEXING_MEMORY: z
      .string()
      .regex(/^\d+\s?(B|KiB|MiB|GiB|KB|MB|GB)$/, "expected a size such as 512MiB")
      .default("512MiB"),
    /**
     * Indexing threads of the embedded Meilisearch. Its own default, half the cores, leaves a
     * two-core machine one thread: a full reindex then takes twice as long. Two at least.
     */
    MEILI_MAX_INDEXING_THREADS: intIn(1, 256).default(Math.max(2, Math.floor(os.availableParallelism() / 2))),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]*$/, "letters, digits, - and _ only")
      .default(""),
    JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    JWT_ACCESS_TTL_SECONDS: intIn(60, 86_400).default(900),
    REFRESH_TTL_DAYS: intIn(1, 365).default(30),
    BCRYPT_COST: intIn(4, 15).optional(),
    INTRODUCTION_EXPIRY_DAYS: intIn(1, 365).default(21),
    /** JSON of matcher factor weights, e.g. {"reciprocity":0.2}; unnamed factors keep their default. */
    MATCH_WEIGHTS: z.string().optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "expected a redis:// URI").optional(),
    SEED_ON_START: bool.optional(),
    MAIL_DIR: z.string().min(1).optional(),
    /** New requests get 503 while the event loop lags more than this (0: never); default 200, off in tests. */
    SHED_MAX_LAG_MS: intIn(0, 60_000).optional(),
    /** New requests get 503 while even the quickest answers take longer than this (0: never); default 250, off in tests. */
    SHED_MAX_QUEUE_MS: intIn(0, 60_000).optional(),
    /** New requests get 503 while this many are in flight (0: no cap). */
    SHED_MAX_IN_FLIGHT: intIn(0, 1_000_000).default(0),
    /** A request not answered after this long gets 503 request_timeout (0: no limit). */
    REQUEST_TIMEOUT_MS: intIn(0, 3_600_000).default(15_000),
    /** SMTP relay for outgoing mail, e.g. smtps://user:pass@mail.example.org:465. */
    SMTP_URL: z.string().regex(/^smtps?:\/\/[^/]/, "expected an smtp:// or smtps:// URL").optional(),
    /** Sender of every e-mail, e.g. "Parklink <no-reply@parklink.org>". */
    MAIL_FROM: z
      .string()
      .regex(/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "expected an address, optionally as Name <address>")
      .optional(),
    /** S3-compatible storage for uploaded files: https://KEY:SECRET@host/bucket?region=…; unset: MongoDB GridFS. */
    S3_URL: z
      .string()
      .regex(/^https?:\/\/[^:@/\s]+:[^@/\s]+@[^/\s]+\/[^/?\s]+\/?(\?.*)?$/, "expected https://KEY:SECRET@host/bucket")
      .optional(),
    /** Bearer token of GET /metrics; without it (and without METRICS_PORT) metrics are not served. */
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** Serve /metrics on this internal port instead of the public one. */
    METRICS_PORT: intIn(1, 65535).optional(),
    /** On shutdown, how long readiness answers 503 before the node stops accepting connections. */
    DRAIN_DELAY_MS: intIn(0, 120_000).default(0),
    /** Longest wait for in-flight requests and sockets on shutdown before they are cut. */
    SHUTDOWN_TIMEOUT_MS: intIn(100, 120_000).default(10_000),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.MEILI_URL) !== Boolean(env.MEILI_MASTER_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.MEILI_URL ? "MEILI_MASTER_KEY" : "MEILI_URL"],
        message: "MEILI_URL and MEILI_MASTER_KEY are set together or not at all",
      });
    }
    if (env.NODE_ENV === "production") {
      for (const key of ["MONGODB_URI", "MEILI_URL", "JWT_SECRET", "PUBLIC_URL", "SMTP_URL", "MAIL_FROM"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required in production" });
      }
    }
  });

export type Env = z.infer<typeof schema>;

/** The name of every environment variable the configuration reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

export interface Config extends Env {
  isProduction: boolean;
  isTest: boolean;
  logLevel: NonNullable<Env["LOG_LEVEL"]>;
  bcryptCost: number;
  seedOnStart: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.variable} ${p.message}`).join("; ")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in most .env files.
  const env = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? "environment"), message: i.message })),
    );
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === "production";
  const isTest = e.NODE_ENV === "test";
  return {
    ...e,
    isProduction,
    isTest,
    logLevel: e.LOG_LEVEL ?? (isTest ? "silent" : "info"),
    bcryptCost: e.BCRYPT_COST ?? (isProduction ? 12 : isTest ? 4 : 10),
    seedOnStart: e.SEED_ON_START ?? (!isProduction && !isTest),
  };
}
