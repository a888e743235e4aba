/**
 * Every path a user takes, as each kind of user, in English and Chinese, on a desktop
 * and on a 390 × 844 phone: each page is checked with axe-core (no serious or critical
 * finding), for horizontal overflow, and forms sent empty must answer in the user's
 * words, never in schema text. Every kind of link the server sends must open a page.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { LINK_SAMPLES } from "@parklink/shared";
import { ROOT_DIR } from "../../server/src/config.js";
import { ARTIFACTS_DIR, launchBrowser, screenshot, startBrowserServer, type BrowserServer } from "../helpers/browser.js";

const DOCS_SCREENSHOTS = path.join(ROOT_DIR, "docs", "screenshots");
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WAIT = 20_000;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
type Lang = "en" | "zh";

const PARK_MANAGER = { email: "park.manager@demo.parklink.example", password: "ParkDemo2024chengdu" };
const BROKER = { email: "broker@demo.parklink.example", password: "BrokerDemo2024cisip" };
/** What zod says when its text reaches a user. */
const SCHEMA_TEXT = /Too small|Too big|expected string|expected number|Invalid option|Invalid input|expected one of|Unrecognized key/;

let server: BrowserServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

interface Finding {
  page: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function newPage(lang: Lang, viewport: { width: number; height: number }): Promise<Page> {
  // axe-core is injected as a script: the page's Content-Security-Policy is bypassed for it alone.
  const context = await browser.newContext({ viewport, locale: lang === "zh" ? "zh-CN" : "en-GB", bypassCSP: true });
  context.setDefaultTimeout(WAIT);
  await context.addInitScript(`localStorage.setItem("parklink.lang", ${JSON.stringify(lang)})`);
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.locator("#f-email").fill(who.email);
  await page.locator("#f-password").fill(who.password);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Waits until the page has settled: no "Loading…" spinner and a main heading. */
async function settle(page: Page): Promise<void> {
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(`!document.querySelector("main .loading")`, undefined, { timeout: WAIT }).catch(() => undefined);
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.2 AA rules). */
async function axeFindings(page: Page, name: string): Promise<Finding[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = (await page.evaluate(`axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } })`)) as {
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  };
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ page: name, rule: v.id, impact: v.impact ?? "", targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

/** How far the page is wider than the screen (0 when it fits). */
const overflow = (page: Page) => page.evaluate<number>(`document.documentElement.scrollWidth - window.innerWidth`);

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
        await signIn(page, PARK_MANAGER);
        for (const path of ["/my/orgs", "/requests", "/requests/new", requestPath, "/introductions", "/notifications", "/settings", "/my/searches", "/orgs/new"]) {
          await visit(page, path, `member ${path}`, findings, overflows);
        }
        const broker = await newPage(lang, viewport);
        await signIn(broker, BROKER);
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

    it(`when forms are sent empty or wrong in ${lang}, then each field says what to fix in ${lang}, never in schema text`, async () => {
      const page = await newPage(lang, PHONE);
      const check = async (path: string, form = 0) => {
        await page.goto(`${server.url}${path}`);
        await settle(page);
        await page.locator("main form").nth(form).locator("button[type=submit]").click();
        const summary = page.locator("main .alert-error").first();
        await summary.waitFor().catch(async (err: unknown) => {
          await screenshot(page, `paths-form-failed-${lang}`);
          throw new Error(`${path}: no error summary after an empty submit; the page reads: ${(await page.locator("main").innerText()).slice(0, 500)}`, { cause: err });
        });
        const text = await page.locator("main").innerText();
        expect(text, path).not.toMatch(SCHEMA_TEXT);
        const fieldErrors = await page.locator("main .field-error").allInnerTexts();
        expect(fieldErrors.length, path).toBeGreaterThan(0);
        if (lang === "zh") for (const e of fieldErrors) expect(e, path).toMatch(/[\u4e00-\u9fff]/);
        expect(await overflow(page), path).toBeLessThanOrEqual(0);
      };
      await check("/register");
      await page.locator("#f-email").fill("not-an-email");
      await page.locator("#f-password").fill("short");
      await page.locator("main form button[type=submit]").first().click();
      expect(await page.locator("main").innerText()).not.toMatch(SCHEMA_TEXT);
      await signIn(page, PARK_MANAGER);
      await check("/orgs/new");
      await check("/requests/new");
      await check("/settings", 1);
      await screenshot(page, `paths-forms-${lang}`);
    }, 120_000);
  }

  it("when a member saves a search with daily alerts, switches off the e-mail digest and signs out elsewhere, then all three hold after a reload", async () => {
    const page = await newPage("en", DESKTOP);
    await signIn(page, PARK_MANAGER);
    await page.goto(`${server.url}/search?q=biomedicine&kind=request`);
    await settle(page);
    await page.getByRole("button", { name: "Save this search" }).click();
    const form = page.getByRole("form", { name: "Save this search" });
    await form.getByLabel("Name of the search").fill("Biomedicine requests");
    await form.getByLabel("Alerts").selectOption("daily");
    await form.getByRole("button", { name: "Save" }).click();
    await page.getByText("Search saved.").waitFor();
    await page.getByRole("link", { name: "Manage saved searches" }).click();
    await page.getByRole("link", { name: "Biomedicine requests" }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel("Alerts").first().inputValue(), { timeout: WAIT }).toBe("daily");
    await page.getByRole("link", { name: "Biomedicine requests" }).click();
    await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("kind") === "request");

    await page.goto(`${server.url}/settings`);
    const digest = page.getByLabel("E-mail digest of unread notifications");
    await digest.selectOption("weekly");
    await page.getByText("Saved.").first().waitFor();
    await page.getByRole("checkbox", { name: "New chat messages", exact: true }).uncheck();
    await page.reload();
    await expect.poll(() => page.getByLabel("E-mail digest of unread notifications").inputValue(), { timeout: WAIT }).toBe("weekly");
    expect(await page.getByRole("checkbox", { name: "New chat messages", exact: true }).isChecked()).toBe(false);

    // Signing out everywhere else ends another browser's session; this one stays.
    const other = await newPage("en", PHONE);
    await signIn(other, PARK_MANAGER);
    await page.getByRole("button", { name: "Sign out of other sessions" }).click();
    await page.getByText("Every other session has ended; you stay signed in here.").waitFor();
    await other.goto(`${server.url}/settings`);
    await other.waitForURL((url) => url.pathname === "/login");
    await page.reload();
    await page.getByRole("heading", { name: "Account settings" }).waitFor();
  }, 120_000);

  it("when each kind of link the server sends is opened, then its page answers (never 'Page not found')", async () => {
    const page = await newPage("en", DESKTOP);
    await signIn(page, BROKER);
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
