import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { ROOT_DIR } from "../../config.js";
import type { AppDeps } from "../../deps.js";
import { smtpMailer } from "../../infra/mail.js";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { startSmtpServer, type TestSmtpServer } from "../../../../test/helpers/smtp.js";
import { enqueueMail } from "./enqueue.js";
import { MAIL_KINDS, type MailData, type MailKind, type MailLang, type MailRequest } from "./kinds.js";
import { MailSender } from "./sender.js";
import { mailOutboxModel } from "./model.js";

const ORG = { en: "Sophia Antipolis", zh: "索菲亚科技园" };
const SAMPLE: { [K in MailKind]: MailData[K] } = {
  confirm_email: { name: "Li Wei", path: "/confirm-email?token=abc123" },
  password_reset: { token: "will-be-replaced" },
  org_invitation: { orgName: ORG, inviterName: "Claire Moreau", path: "/invitations/accept?token=xyz789" },
  introduction_asked: { fromOrg: ORG, message: "We would like to twin our incubators.", introductionId: "64b000000000000000000001" },
  introduction_accepted: { otherOrg: ORG, introduced: true, introductionId: "64b000000000000000000002" },
  introduction_declined: { otherOrg: ORG, introductionId: "64b000000000000000000003" },
  chat_message: { fromName: "Claire Moreau", otherOrg: ORG, excerpt: "Shall we meet in Chengdu?", introductionId: "64b000000000000000000004" },
  digest: { name: "Li Wei", items: [{ title: { en: "New message from Sophia Antipolis", zh: "来自索菲亚科技园的新消息" }, link: "/introductions/64b000000000000000000004" }] },
  follow_up: { months: 3, otherOrg: ORG, introductionId: "64b000000000000000000005" },
  event_reminder: { title: { en: "CISIP annual forum", zh: "CISIP 年度论坛" }, startsAt: "2027-03-04T09:00:00Z", place: "Chengdu", path: "/events/64b000000000000000000006" },
};
const CJK = /[\u4e00-\u9fff]/;
const CLIENT_INDEX = path.join(ROOT_DIR, "client", "dist", "index.html");
const recipient = (kind: MailKind, lang: MailLang) => `${kind.replace(/_/g, "-")}.${lang}@parklink.test`;
const linksIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]);

describe("mail through a real SMTP server", () => {
  let ctx: TestContext;
  let smtp: TestSmtpServer;
  let web: http.Server;
  let baseUrl: string;
  let deps: AppDeps;
  let member: TestUser;
  const sender = (over: Partial<AppDeps> = {}, leaseMs?: number) => new MailSender({ ...deps, ...over }, { baseUrl, backoffMs: 1000, leaseMs });
  const arrived = (to: string) => smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === to);

  beforeAll(async () => {
    if (!fs.existsSync(CLIENT_INDEX)) throw new Error("The client is not built: run `npm run build -w client` first (links are followed into it).");
    ctx = await createTestContext();
    smtp = await startSmtpServer();
    web = http.createServer(ctx.app).listen(0, "127.0.0.1");
    await new Promise((r) => web.once("listening", r));
    baseUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    deps = { ...ctx.deps, mailer: smtpMailer(smtp.url, "Parklink <no-reply@parklink.test>") };
    member = await makeUser(ctx);
  });
  afterAll(async () => {
    await new Promise((r) => web.close(r));
    await smtp.stop();
    await ctx.cleanup();
  });

  it("when every kind of e-mail is sent in English and Chinese, then each arrives in its language with working absolute links", async () => {
    for (const kind of MAIL_KINDS) {
      for (const lang of ["en", "zh"] as const) {
        const mail = { kind, lang, to: recipient(kind, lang), data: SAMPLE[kind], userId: member.id } as MailRequest;
        expect(await enqueueMail(deps, mail)).toBe(true);
      }
    }
    expect(await sender().drain()).toBe(MAIL_KINDS.length * 2);
    for (const kind of MAIL_KINDS) {
      for (const lang of ["en", "zh"] as const) {
        const [mail, ...more] = arrived(recipient(kind, lang));
        expect(more, `${kind}/${lang} arrived once`).toHaveLength(0);
        expect(mail, `${kind}/${lang} arrived`).toBeDefined();
        expect(mail.from?.text).toContain("no-reply@parklink.test");
        expect(CJK.test(mail.subject ?? ""), `${kind}/${lang} subject: ${mail.subject}`).toBe(lang === "zh");
        expect(mail.html || "").toContain(`lang="${lang === "zh" ? "zh-CN" : "en"}"`);
        const links = linksIn(mail.text ?? "");
        expect(links.length, `${kind}/${lang} has links`).toBeGreaterThan(0);
        for (const link of links) {
          expect(link.startsWith(`${baseUrl}/`), link).toBe(true);
          expect(String(mail.html || "").includes(link.replace(/&/g, "&amp;")), `${link} also in the HTML`).toBe(true);
          const res = await fetch(link);
          expect(res.status, link).toBe(200);
          expect(res.headers.get("content-type")).toMatch(/text\/html/);
        }
        const unsubscribe = links.find((l) => l.includes("/api/mail/unsubscribe"));
        const optional = !["confirm_email", "password_reset", "org_invitation"].includes(kind);
        expect(Boolean(unsubscribe), `${kind} has an unsubscribe link`).toBe(optional);
        if (optional) expect(mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toContain(unsubscribe!);
      }
    }
  });

  it("when a reset is asked in Chinese, then the link of the e-mail sets a new password", async () => {
    await request(ctx.app).post("/api/auth/register").send({ email: "wang.fang@chengdu.example", password: "Tianfu-Software-Park-1", name: "Wang Fang", locale: "zh" }).expect(202);
    const signedIn = await request(ctx.app).post("/api/auth/login").send({ email: "wang.fang@chengdu.example", password: "Tianfu-Software-Park-1" }).expect(200);
    expect(signedIn.body.user.locale).toBe("zh");
    await request(ctx.app).post("/api/auth/password-reset/request").send({ email: "wang.fang@chengdu.example" }).expect(202);
    await sender().drain();
    const mails = arrived("wang.fang@chengdu.example");
    // The sign-up's confirmation came first, in the member's language too.
    expect(mails.map((m) => m.subject)).toEqual(["请确认您的 Parklink 电子邮件地址", "重置您的 Parklink 密码"]);
    const mail = mails[1];
    const link = linksIn(mail.text ?? "").find((l) => l.includes("/reset-password?token="))!;
    expect(link.startsWith(`${baseUrl}/reset-password?token=`)).toBe(true);
    const token = new URL(link).searchParams.get("token")!;
    await request(ctx.app).post("/api/auth/password-reset/confirm").send({ token, newPassword: "Chengdu-Hi-tech-Zone-2" }).expect(204);
    await request(ctx.app).post("/api/auth/login").send({ email: "wang.fang@chengdu.example", password: "Chengdu-Hi-tech-Zone-2" }).expect(200);
  });

  it("when the unsubscribe link is followed, then that kind of e-mail is no longer queued, and other kinds still are", async () => {
    const user = await makeUser(ctx);
    const to = "opt-out@parklink.test";
    await enqueueMail(deps, { kind: "digest", to, lang: "en", userId: user.id, data: SAMPLE.digest });
    await sender().drain();
    const link = linksIn(arrived(to)[0].text ?? "").find((l) => l.includes("/api/mail/unsubscribe"))!;
    const page = await fetch(link);
    expect(await page.text()).toContain("Stop receiving the digest of notifications?");
    const done = await fetch(link, { method: "POST", headers: { accept: "text/html" } });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("You will no longer receive the digest of notifications.");
    expect(await enqueueMail(deps, { kind: "digest", to, lang: "en", userId: user.id, data: SAMPLE.digest })).toBe(false);
    expect(await enqueueMail(deps, { kind: "follow_up", to, lang: "en", userId: user.id, data: SAMPLE.follow_up })).toBe(true);
    const prefs = await request(ctx.app).get("/api/mail/preferences").set("Authorization", user.bearer).expect(200);
    expect(prefs.body).toEqual({ introductions: true, chat: true, digest: false, followUps: true, events: true });
    const tampered = link.replace(/token=[^.]+/, `token=${member.id}`);
    const bad = await fetch(tampered, { method: "POST" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { details: { issues: { field: string }[] } } }).error.details.issues[0].field).toBe("token");
    await sender().drain();
  });

  it("when the SMTP server is down, then mail waits with backoff and is all delivered once it is back", async () => {
    await smtp.stop();
    const to = (i: number) => `outage-${i}@parklink.test`;
    for (let i = 0; i < 3; i++) await enqueueMail(deps, { kind: "follow_up", to: to(i), lang: "en", data: SAMPLE.follow_up });
    const node = sender();
    expect(await node.drain()).toBe(0);
    const Outbox = mailOutboxModel(ctx.deps.db);
    const waiting = await Outbox.find({ to: { $in: [0, 1, 2].map(to) } }).lean();
    expect(waiting.map((m) => [m.state, m.attempts, Boolean(m.lastError)])).toEqual([0, 1, 2].map(() => ["pending", 1, true]));
    expect(Math.min(...waiting.map((m) => m.nextAttemptAt.getTime()))).toBeGreaterThan(Date.now());
    // Still down at the second attempt: the wait doubles.
    const later = () => new Date(Date.now() + 1500);
    expect(await node.drain(later)).toBe(0);
    const again = await Outbox.findOne({ to: to(0) }).lean();
    expect(again!.attempts).toBe(2);
    expect(again!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(1500 + 1000);
    await smtp.start();
    expect(await node.drain(() => new Date(Date.now() + 60_000))).toBe(3);
    for (let i = 0; i < 3; i++) expect(arrived(to(i))).toHaveLength(1);
    expect(await Outbox.countDocuments({ to: { $in: [0, 1, 2].map(to) }, state: "sent" })).toBe(3);
  });

  it("when a node dies holding an e-mail, then another sends it once the lease has expired, and not before", async () => {
    const Outbox = mailOutboxModel(ctx.deps.db);
    await enqueueMail(deps, { kind: "follow_up", to: "lease@parklink.test", lang: "en", data: SAMPLE.follow_up });
    await Outbox.updateOne({ to: "lease@parklink.test" }, { $set: { leasedBy: "a-dead-node", leaseUntil: new Date(Date.now() + 60_000) }, $inc: { attempts: 1 } });
    expect(await sender().drain()).toBe(0);
    expect(arrived("lease@parklink.test")).toHaveLength(0);
    expect(await sender().drain(() => new Date(Date.now() + 61_000))).toBe(1);
    expect(arrived("lease@parklink.test")).toHaveLength(1);
  });
});
