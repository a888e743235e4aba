import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import request from "supertest";
import type mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { smtpMailer } from "../../infra/mail.js";
import { connectMongo } from "../../infra/mongo.js";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { startSmtpServer, type TestSmtpServer } from "../../../../test/helpers/smtp.js";
import { buildEnterprise, buildPark } from "../../../../test/factories.js";
import { notifyUsers } from "../notifications/service.js";
import { sendDigests } from "../notifications/digest.js";
import { notificationModel } from "../notifications/model.js";
import { introductionModel } from "../introductions/model.js";
import { sweepIntroductions } from "../introductions/pipeline.js";
import { MailSender } from "./sender.js";
import { enqueueMail } from "./enqueue.js";

const DAY = 24 * 3600 * 1000;

describe("mail with two app nodes on one database", () => {
  let ctx: TestContext;
  let smtp: TestSmtpServer;
  let second: mongoose.Connection;
  let nodes: [AppDeps, AppDeps];
  let staff: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  const baseUrl = "https://parklink.example.org";
  const drainBoth = () => Promise.all(nodes.map((deps) => new MailSender(deps, { baseUrl }).drain()));
  const arrived = (to: string) => smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === to);

  beforeAll(async () => {
    ctx = await createTestContext();
    smtp = await startSmtpServer();
    second = await connectMongo(inject("mongoUri"), ctx.deps.db.name);
    const mailer = smtpMailer(smtp.url, "no-reply@parklink.test");
    nodes = [
      { ...ctx.deps, mailer },
      { ...ctx.deps, db: second, mailer: smtpMailer(smtp.url, "no-reply@parklink.test") },
    ];
    [staff, alice, bob] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
  });
  afterAll(async () => {
    await second.close();
    await smtp.stop();
    await ctx.cleanup();
  });

  it("when both nodes run the digest at once, then each notification is in exactly one digest and one e-mail arrives", async () => {
    const user = await makeUser(ctx);
    for (let i = 0; i < 5; i++) await notifyUsers(ctx.deps, [user.id], { type: "message", title: { en: `Message ${i}`, zh: `消息 ${i}` }, link: `/introductions/${i}` });
    const later = new Date(Date.now() + 2 * 3600 * 1000);
    const queued = await Promise.all(nodes.map((deps) => sendDigests(deps, { now: later })));
    expect(queued[0] + queued[1]).toBe(1);
    const sent = await drainBoth();
    expect(sent[0] + sent[1]).toBe(1);
    const [mail, ...more] = arrived(user.email);
    expect(more).toHaveLength(0);
    expect(mail.subject).toBe("Parklink: 5 new updates");
    for (let i = 0; i < 5; i++) expect(mail.text).toContain(`Message ${i}\n  ${baseUrl}/introductions/${i}`);
    const notes = await notificationModel(ctx.deps.db).find({ userId: user.id }).lean();
    expect(new Set(notes.map((n) => String(n.digestId))).size).toBe(1);
    expect(await Promise.all(nodes.map((deps) => sendDigests(deps, { now: later })))).toEqual([0, 0]);
  });

  it("when an introduction is asked and answered, then each side gets its e-mail and the digest does not repeat it", async () => {
    const aliceOrg = await makeOrg(ctx, alice, buildPark({ name: { en: "Chengdu Hi-tech Zone", local: "成都高新区" }, country: "CN", city: "Chengdu" }), staff);
    const bobOrg = await makeOrg(ctx, bob, buildEnterprise({ name: { en: "Riviera Biotech" }, country: "FR", city: "Nice" }), staff);
    await request(ctx.app).patch("/api/auth/me").set("Authorization", bob.bearer).send({ locale: "zh" }).expect(200);
    const created = await request(ctx.app)
      .post("/api/introductions")
      .set("Authorization", alice.bearer)
      .send({ fromOrgId: aliceOrg, target: { entity: "org", id: bobOrg }, message: "A joint product?" })
      .expect(201);
    await request(ctx.app).post(`/api/introductions/${created.body.id}/respond`).set("Authorization", bob.bearer).send({ decision: "accept" }).expect(200);
    await drainBoth();
    const [asked] = arrived(bob.email);
    expect(asked.subject).toBe("成都高新区 希望与您建立联系");
    expect(asked.text).toContain(`${baseUrl}/introductions/${created.body.id}`);
    const [accepted] = arrived(alice.email);
    expect(accepted.subject).toBe("You are introduced to Riviera Biotech");
    const later = new Date(Date.now() + 2 * 3600 * 1000);
    await sendDigests(ctx.deps, { now: later });
    const intros = await notificationModel(ctx.deps.db).find({ type: { $in: ["introduction_received", "introduction_accepted"] } }).lean();
    expect(intros.map((n) => [n.type, Boolean(n.emailedAt), n.digestId ?? null]).sort()).toEqual([
      ["introduction_accepted", true, null],
      ["introduction_received", true, null],
    ]);
  });

  it("when both nodes sweep a due follow-up at once, then each side gets one follow-up e-mail", async () => {
    const [intro] = await introductionModel(ctx.deps.db).find({ status: "introduced" }).lean();
    await introductionModel(ctx.deps.db).updateOne({ _id: intro._id }, { $set: { introducedAt: new Date(Date.now() - 100 * DAY) } });
    const swept = await Promise.all(nodes.map((deps) => sweepIntroductions(deps)));
    expect(swept[0].followUps + swept[1].followUps).toBe(1);
    await drainBoth();
    for (const [user, other] of [[alice, "Riviera Biotech"], [bob, "成都高新区"]] as const) {
      const followUps = arrived(user.email).filter((m) => /3/.test(m.subject ?? "") && (m.subject ?? "").includes(other));
      expect(followUps, user.email).toHaveLength(1);
      expect(followUps[0].text).toContain(`${baseUrl}/introductions/${String(intro._id)}`);
    }
  });

  it("when two nodes drain a full outbox at once, then every e-mail arrives exactly once", async () => {
    const to = (i: number) => `many-${i}@parklink.test`;
    for (let i = 0; i < 20; i++) await enqueueMail(ctx.deps, { kind: "follow_up", to: to(i), lang: i % 2 ? "zh" : "en", data: { months: 6, otherOrg: { en: "Riviera Biotech", zh: "里维埃拉生物" }, introductionId: "64b000000000000000000009" } });
    const sent = await drainBoth();
    expect(sent[0] + sent[1]).toBe(20);
    for (let i = 0; i < 20; i++) expect(arrived(to(i)), to(i)).toHaveLength(1);
  });
});
