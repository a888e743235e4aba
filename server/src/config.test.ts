import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("config", () => {
  it("when nothing is set, then development defaults apply", () => {
    const config = loadConfig({});
    expect(config.NODE_ENV).toBe("development");
    expect(config.PORT).toBe(3000);
    expect(config.bcryptCost).toBe(10);
    expect(config.seedOnStart).toBe(true);
  });

  it("when a value is bad, then the error names the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    try {
      loadConfig({ PORT: "70000", MONGODB_URI: "postgres://x" });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.map((p) => p.variable).sort()).toEqual(["MONGODB_URI", "PORT"]);
    }
  });

  it("when the development MongoDB's slow threshold is set, then it is a whole number of ms; a bad one is named", () => {
    expect(loadConfig({}).DEVMONGO_SLOW_MS).toBeUndefined();
    expect(loadConfig({ DEVMONGO_SLOW_MS: "250" }).DEVMONGO_SLOW_MS).toBe(250);
    for (const bad of ["slow", "-1", "2.5"]) expect(() => loadConfig({ DEVMONGO_SLOW_MS: bad })).toThrow(/DEVMONGO_SLOW_MS/);
  });

  it("when indexing threads are not set, then the embedded Meilisearch gets at least two; a bad value is named", () => {
    expect(loadConfig({}).MEILI_MAX_INDEXING_THREADS).toBeGreaterThanOrEqual(2);
    expect(loadConfig({ MEILI_MAX_INDEXING_THREADS: "3" }).MEILI_MAX_INDEXING_THREADS).toBe(3);
    expect(() => loadConfig({ MEILI_MAX_INDEXING_THREADS: "0" })).toThrow(/MEILI_MAX_INDEXING_THREADS/);
  });

  it("when only one of MEILI_URL and MEILI_MASTER_KEY is set, then the missing one is named", () => {
    expect(() => loadConfig({ MEILI_URL: "http://127.0.0.1:7700" })).toThrow(/MEILI_MASTER_KEY/);
  });

  it("when production lacks its services or secret, then each is named", () => {
    try {
      loadConfig({ NODE_ENV: "production" });
      expect.unreachable();
    } catch (err) {
      const names = (err as ConfigError).problems.map((p) => p.variable);
      expect(names).toEqual(expect.arrayContaining(["MONGODB_URI", "MEILI_URL", "JWT_SECRET", "PUBLIC_URL", "SMTP_URL", "MAIL_FROM"]));
    }
  });

  it("when production is configured, then bcrypt cost is 12 and seeding is off", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      MONGODB_URI: "mongodb://db:27017/parklink?replicaSet=rs0",
      MEILI_URL: "http://search:7700",
      MEILI_MASTER_KEY: "a-master-key-of-some-length",
      JWT_SECRET: "x".repeat(40),
      PUBLIC_URL: "https://parklink.example.org",
      SMTP_URL: "smtps://parklink:secret@mail.example.org:465",
      MAIL_FROM: "Parklink <no-reply@parklink.example.org>",
    });
    expect(config.bcryptCost).toBe(12);
    expect(config.seedOnStart).toBe(false);
  });

  it("when mail settings are malformed, then each is named", () => {
    try {
      loadConfig({ SMTP_URL: "mail.example.org:25", MAIL_FROM: "no address here" });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems.map((p) => p.variable).sort()).toEqual(["MAIL_FROM", "SMTP_URL"]);
    }
    expect(loadConfig({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "no-reply@parklink.test" }).SMTP_URL).toBe("smtp://127.0.0.1:2525");
  });
});
