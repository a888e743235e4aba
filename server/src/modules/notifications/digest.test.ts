import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser } from "../../../../test/helpers/users.js";
import { notifyUsers } from "./service.js";
import { sendDigests } from "./digest.js";

describe("the e-mail digest", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.cleanup());

  it("when a user has unread notifications, then one e-mail lists them, and they are not sent twice", async () => {
    const user = await makeUser(ctx);
    await notifyUsers(ctx.deps, [user.id], { type: "message", title: { en: "New message from Sophia Antipolis", zh: "来自索菲亚科技园的新消息" }, link: "/introductions/1" });
    await notifyUsers(ctx.deps, [user.id], { type: "follow_up", title: { en: "How did it go?", zh: "进展如何？" } });
    const later = new Date(Date.now() + 2 * 3600 * 1000);
    expect(await sendDigests(ctx.deps, { now: later })).toBe(1);
    await ctx.flushMail();
    const mail = ctx.mail.filter((m) => m.to === user.email);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe("Parklink: 2 new updates");
    expect(mail[0].text).toContain("New message from Sophia Antipolis");
    expect(await sendDigests(ctx.deps, { now: later })).toBe(0);
  });
});
