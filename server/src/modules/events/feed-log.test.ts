import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { pino } from "pino";
import { createApp } from "../../app.js";
import { REDACTED_PATHS } from "../../infra/logger.js";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser } from "../../../../test/helpers/users.js";
import { buildPark } from "../../../../test/factories.js";
import { publishedEvent, registerOrg } from "./testing.js";

describe("private calendar feed", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.cleanup());

  it("when the feed is fetched, then its secret token never reaches the request log", async () => {
    const [staff, member] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx)]);
    const orgId = await makeOrg(ctx, member, buildPark(), staff);
    const eventId = await publishedEvent(ctx, staff);
    const reg = await registerOrg(ctx, member, eventId, orgId);
    const token = reg.calendarPath.split("/").pop()!.replace(/\.ics$/, "");

    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => void (lines.push(chunk.toString()), done()) });
    const app = createApp({ ...ctx.deps, logger: pino({ level: "info", redact: { paths: REDACTED_PATHS, censor: "[redacted]" } }, sink) });
    const feed = await request(app).get(reg.calendarPath).expect(200);
    expect(feed.text).toContain("BEGIN:VCALENDAR");
    const wrong = token.slice(0, -1) + (token.endsWith("x") ? "y" : "x");
    await request(app).get(`/api/calendar/${wrong}.ics`).expect(404);
    const log = lines.join("");
    expect(log).toContain("/api/calendar/");
    expect(log).not.toContain(token.slice(0, 20));
  });
});
