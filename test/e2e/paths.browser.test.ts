/**
 * Every path a user takes, as each kind of user, in English and Chinese, on a desktop
 * and on a 390 × 844 phone: each page is checked with axe-core (no serious or critical
 * finding) and for horizontal overflow; each user's main walk runs in both languages and
 * sizes with the same checks and targets of at least 24 px. Every kind of link the server
 * sends must open a page. (Forms sent empty and wrong: forms.browser.test.ts.)
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { LINK_SAMPLES } from "@parklink/shared";
import { ROOT_DIR } from "../../server/src/config.js";
import { ARTIFACTS_DIR, launchBrowser, screenshot, startBrowserServer, type BrowserServer } from "../helpers/browser.js";
import { axeFindings, DESKTOP, newPageIn, overflow, PHONE, settle, signInAt, smallTargets, WAIT, type Finding, type Lang } from "../helpers/pages.js";
import { DEMO } from "./forms/fixtures.js";
import { brokerWalk, companyWalk, introductionFor, memberWalk, signOutElsewhere, someoneElsesRequest, type Asker, type Check } from "./paths/walks.js";

const DOCS_SCREENSHOTS = path.join(ROOT_DIR, "docs", "screenshots");

let server: BrowserServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

const newPage = (lang: Lang, viewport: { width: number; height: number }) => newPageIn(browser, contexts, lang, viewport);
const signIn = (page: Page, who: { email: string; password: string }) => signInAt(page, server.url, who);

async function visit(page: Page, path: string, label: string, findings: Finding[], overflows: string[]): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await settle(page);
  findings.push(...(await axeFindings(page, label)));
  const wider = await overflow(page);
  if (wider > 0) overflows.push(`${label}: ${wider}px`);
}

describe("every path, in both languages, on desktop and phone", () => {
  let requestPath: string;
  let orgPath: string;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await startBrowserServer();
    browser = await launchBrowser();
    const park = await server.deps.db.collection("orgs").findOne({ status: "approved", kind: "park" }, { projection: { _id: 1 } });
    orgPath = `/orgs/${String(park?._id)}`;
    const anyRequest = await server.deps.db.collection("requests").findOne({ state: "open" }, { projection: { _id: 1 } });
    requestPath = `/requests/${String(anyRequest?._id)}`;
    await server.waitForIndexing();
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  for (const lang of ["en", "zh"] as const) {
    for (const [device, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      it(`when a visitor, a park manager and a broker walk their pages in ${lang} on a ${device}, then axe finds nothing serious and nothing overflows`, async () => {
        const findings: Finding[] = [];
        const overflows: string[] = [];
        const page = await newPage(lang, viewport);
        for (const path of ["/", "/search?q=biomedicine", "/login", "/register", "/forgot-password", orgPath, "/no-such-page"]) {
          await visit(page, path, `visitor ${path}`, findings, overflows);
        }
        await signIn(page, DEMO.manager);
        for (const path of ["/my/orgs", "/requests", "/requests/new", requestPath, "/introductions", "/notifications", "/settings", "/my/searches", "/orgs/new"]) {
          await visit(page, path, `member ${path}`, findings, overflows);
        }
        const broker = await newPage(lang, viewport);
        await signIn(broker, DEMO.broker);
        for (const path of ["/staff", "/staff/vetting", "/staff/pipeline", "/staff/suggestions", "/staff/import", "/staff/export"]) {
          await visit(broker, path, `broker ${path}`, findings, overflows);
        }
        await screenshot(page, `paths-${lang}-${device}`);
        // README's pictures of the Chinese interface and of a phone, replaced only on request.
        if (process.env.UPDATE_SCREENSHOTS === "1" && ((lang === "zh" && device === "desktop") || (lang === "en" && device === "phone"))) {
          await page.goto(`${server.url}/search?q=${encodeURIComponent(lang === "zh" ? "生物医药" : "biomedicine")}`);
          await settle(page);
          const shot = await screenshot(page, `readme-${lang}-${device}`, { fullPage: false });
          fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
          fs.copyFileSync(shot, path.join(DOCS_SCREENSHOTS, lang === "zh" ? "search-zh.png" : "search-phone.png"));
        }
        expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
        expect(overflows).toEqual([]);
      }, 240_000);
    }
  }

  // Each walk answers its own introduction: asked by the company, by the investor, or proposed by the broker.
  const WALKS: [Lang, "desktop" | "phone", Asker][] = [
    ["en", "desktop", "company"],
    ["zh", "phone", "investor"],
    ["en", "phone", "broker"],
  ];
  for (const [index, [lang, device, asker]] of WALKS.entries()) {
    it(`when a park manager saves a search, sets notifications, answers an introduction and signs out elsewhere, a company asks for an introduction, and a broker proposes a pair, in ${lang} on a ${device}, then every step holds and passes axe, overflow and target size`, async () => {
      const viewport = device === "phone" ? PHONE : DESKTOP;
      const problems: string[] = [];
      const check: Check = async (page, step) => {
        const label = `${lang} ${device} ${step}`;
        for (const f of await axeFindings(page, label)) problems.push(`${label}: axe ${f.rule} (${f.impact}) at ${f.targets.join(" | ")}`);
        const wider = await overflow(page);
        if (wider > 0) problems.push(`${label}: ${wider}px wider than the screen`);
        for (const small of await smallTargets(page)) problems.push(`${label}: target under 24 px: ${small}`);
      };
      const introId = await introductionFor(server, asker);
      const page = await newPage(lang, viewport);
      await signIn(page, DEMO.manager);
      await memberWalk(page, server, lang, introId, check, `${lang}-${device}`);
      const other = await newPage(lang, PHONE);
      await signIn(other, DEMO.manager);
      await signOutElsewhere(page, other, server, lang, check);
      await screenshot(page, `paths-walk-${lang}-${device}`);
      // README's picture of the notification settings, in Chinese on a phone, replaced only on request.
      if (process.env.UPDATE_SCREENSHOTS === "1" && lang === "zh" && device === "phone") {
        await page.locator("#settings-notify").evaluate((el) => el.scrollIntoView({ block: "start" }));
        await page.evaluate("window.scrollBy(0, -72)");
        fs.copyFileSync(await screenshot(page, "readme-settings-zh-phone", { fullPage: false }), path.join(DOCS_SCREENSHOTS, "settings-zh-phone.png"));
      }
      const broker = await newPage(lang, viewport);
      await signIn(broker, DEMO.broker);
      await brokerWalk(broker, server, lang, check);
      await screenshot(broker, `paths-walk-broker-${lang}-${device}`);
      const company = await newPage(lang, viewport);
      await signIn(company, DEMO.company);
      await companyWalk(company, server, lang, await someoneElsesRequest(server, index), check);
      expect(problems).toEqual([]);
    }, 180_000);
  }

  it("when each kind of link the server sends is opened, then its page answers (never 'Page not found')", async () => {
    const page = await newPage("en", DESKTOP);
    await signIn(page, DEMO.broker);
    for (const [name, link] of Object.entries(LINK_SAMPLES)) {
      await page.goto(`${server.url}${link}`);
      // The sample ids name no record: the page may say so, but the route must be one the client knows.
      await page.waitForFunction(`document.querySelector("main")?.textContent && !document.querySelector("main .loading")`, undefined, { timeout: WAIT });
      expect(await page.locator("main .not-found").count(), `${name}: ${link}`).toBe(0);
    }
    await page.goto(`${server.url}/no-such-page`);
    await page.locator("main .not-found").waitFor();
  }, 120_000);
});
