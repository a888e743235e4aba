/**
 * An event in a real browser (Debian Chromium through playwright-core) against a full
 * in-process server with demo data: staff create and publish a linkage session, members
 * register, one requests a meeting and the other accepts, the planner proposes a plan,
 * and the agenda is exported as an .ics file.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, screenshot, startBrowserServer, type BrowserServer } from "../helpers/browser.js";

const WAIT = 20_000;
const BROKER = { email: "broker@demo.parklink.example", password: "BrokerDemo2024cisip" };
const CHENGDU = { email: "park.manager@demo.parklink.example", password: "ParkDemo2024chengdu" };
const COMPANY = { email: "company.user@demo.parklink.example", password: "CompanyDemo2024sensing" };
const INVESTOR = { email: "investor@demo.parklink.example", password: "InvestorDemo2024horizon" };
const RONGCHENG = "Rongcheng MicroSensing Technology Co., Ltd.";
const EVENT_TITLE = "Technology transfer linkage session";

let server: BrowserServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB", acceptDownloads: true });
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, who: { email: string; password: string }, next: string): Promise<void> {
  await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
  const form = page.getByRole("form", { name: "Sign in to Parklink" });
  await form.getByLabel("E-mail").fill(who.email);
  await form.getByLabel("Password").fill(who.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
}

/** YYYY-MM-DD of the day `days` from now (UTC). */
const dayIn = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString().slice(0, 10);

async function registerAs(who: { email: string; password: string }, eventPath: string, person: string): Promise<Page> {
  const page = await newPage();
  await signIn(page, who, eventPath);
  const form = page.getByRole("form", { name: "Register for this event" });
  await form.getByLabel("Who comes (name)").fill(person);
  await form.getByLabel("What you look for at this event").fill("Partners for technology transfer");
  await form.getByRole("button", { name: "Register", exact: true }).click();
  await page.getByText(/is registered \(approved\)/).waitFor();
  return page;
}

describe("an event in a browser", () => {
  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  }, 60_000);

  it(
    "when staff publish a linkage session, members register, request and accept a meeting, then the planner proposes a plan and the agenda exports",
    async () => {
      onTestFailed(async () => {
        const pages = contexts.flatMap((c) => c.pages());
        for (const [i, page] of pages.entries()) await screenshot(page, `events-failure-${i + 1}`).catch(() => undefined);
      });
      // --- Staff create the event in the console, then publish it.
      const staff = await newPage();
      await signIn(staff, BROKER, "/staff/events");
      const create = staff.getByRole("form", { name: "New event" });
      await create.getByLabel("Title — English").fill(EVENT_TITLE);
      await create.getByLabel("Title — Chinese").fill("技术转移对接会");
      await create.getByLabel("Kind").selectOption("linkage");
      await create.getByLabel("Venue").fill("Zhongguancun, Beijing");
      const day = dayIn(10);
      await create.getByLabel("Starts (local time of the event)").fill(`${day}T09:00`);
      await create.getByLabel(/^Ends/).fill(`${day}T17:00`);
      await create.getByLabel("Meeting window 1 from").fill(`${day}T10:00`);
      await create.getByLabel("Meeting window 1 until").fill(`${day}T12:00`);
      await create.getByLabel("Tables or rooms").fill("4");
      await create.getByLabel("Registration closes").fill(`${dayIn(9)}T18:00`);
      await create.getByRole("button", { name: "Create event" }).click();
      await staff.waitForURL(/\/staff\/events\/[a-f0-9]{24}$/);
      const eventId = staff.url().split("/").pop()!;
      await staff.getByRole("button", { name: "Publish" }).click();
      await staff.getByText("Registration open").waitFor();

      // --- Three members register their organizations.
      const eventPath = `/events/${eventId}`;
      const chengdu = await registerAs(CHENGDU, eventPath, "Li Wei");
      const company = await registerAs(COMPANY, eventPath, "Zhang Min");
      await registerAs(INVESTOR, eventPath, "Chen Yu");

      // --- Chengdu finds Rongcheng among the participants, with a match score, and asks for a meeting.
      await chengdu.reload();
      const participants = chengdu.getByRole("region", { name: "Participants" }).or(chengdu.locator("section[aria-labelledby=participants-h]"));
      const row = participants.locator("li.participant", { hasText: RONGCHENG });
      await expect.poll(() => row.getByText(/^Match \d/).count(), { timeout: WAIT }).toBe(1);
      await row.getByRole("button", { name: `Request a meeting with ${RONGCHENG}` }).click();
      const request = chengdu.getByRole("form", { name: `Request a meeting with ${RONGCHENG}` });
      await request.getByLabel("Slot").selectOption({ index: 1 });
      await request.getByLabel("Message").fill("Could we talk about your MEMS sensors for our incubator?");
      await request.getByRole("button", { name: "Send request" }).click();
      await chengdu.getByText("Meeting request sent.").waitFor();

      // --- Rongcheng sees the request and accepts it.
      await company.reload();
      const answer = company.getByRole("group", { name: /^Meeting with Chengdu/ });
      await answer.getByRole("button", { name: "Accept" }).click();
      await company.getByText("No meeting waits for your answer.").waitFor();

      // --- Staff run the planner: proposals around the accepted meeting, beside the greedy baseline.
      await staff.reload();
      await staff.getByRole("button", { name: "Plan meetings" }).click();
      const report = staff.getByText(/meetings proposed \(1 kept\)/);
      await report.waitFor();
      expect(await report.textContent()).toMatch(/^[1-9]\d* meetings proposed/);
      await staff.getByText("Greedy baseline on the same input", { exact: false }).waitFor();
      await expect.poll(() => staff.locator("table.data tbody tr").count(), { timeout: WAIT }).toBeGreaterThan(1);
      await screenshot(staff, "events-01-planner");

      // --- Chengdu's agenda holds the accepted meeting and exports as an .ics file.
      await chengdu.reload();
      await chengdu.getByRole("link", { name: "My agenda" }).click();
      await chengdu.waitForURL(/\/agenda\?orgId=/);
      await chengdu.getByText(`Meeting with ${RONGCHENG}`).waitFor();
      await chengdu.getByText(/Private calendar feed/).waitFor();
      const [download] = await Promise.all([chengdu.waitForEvent("download"), chengdu.getByRole("button", { name: "Download calendar (.ics)" }).click()]);
      const ics = fs.readFileSync((await download.path())!, "utf8");
      expect(ics).toContain("BEGIN:VCALENDAR");
      expect(ics).toContain("TZID=Asia/Shanghai");
      // Commas are escaped in iCalendar text; slot 2 of the 10:00 window starts at 10:20 in Shanghai.
      expect(ics).toContain("SUMMARY:Meeting: Rongcheng MicroSensing Technology Co.\\, Ltd.");
      expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T102000/);
      await screenshot(chengdu, "events-02-agenda");

      // --- In Chinese, the agenda and its calendar export speak Chinese.
      await chengdu.getByRole("group", { name: "Language" }).getByRole("button", { name: "中文" }).click();
      await chengdu.getByRole("heading", { name: /^我的日程/ }).waitFor();
      await chengdu.getByRole("button", { name: "下载日历（.ics）" }).waitFor();
      await chengdu.getByText("已确认").first().waitFor();
    },
    240_000,
  );
});
