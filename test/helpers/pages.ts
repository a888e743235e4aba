/** Page helpers of the paths and forms browser tests: contexts per language and size, axe-core, overflow. */
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";

export type Lang = "en" | "zh";
export const WAIT = 20_000;
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
/** What zod says when its text reaches a user. */
export const SCHEMA_TEXT = /Too small|Too big|expected string|expected number|expected date|Invalid option|Invalid input|Invalid date|Invalid time value|expected one of|Unrecognized key/;
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Finding {
  page: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** A page in its own context: the interface language chosen, the given screen size. */
export async function newPageIn(browser: Browser, contexts: BrowserContext[], lang: Lang, viewport: { width: number; height: number }): Promise<Page> {
  // axe-core is injected as a script: the page's Content-Security-Policy is bypassed for it alone.
  const context = await browser.newContext({ viewport, locale: lang === "zh" ? "zh-CN" : "en-GB", bypassCSP: true });
  context.setDefaultTimeout(WAIT);
  await context.addInitScript(`localStorage.setItem("parklink.lang", ${JSON.stringify(lang)})`);
  contexts.push(context);
  return context.newPage();
}

/** Signs in through the login form (field ids, so in either language). */
export async function signInAt(page: Page, baseUrl: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator("#f-email").fill(who.email);
  await page.locator("#f-password").fill(who.password);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Waits until the page has settled: no "Loading…" spinner and a main heading. */
export async function settle(page: Page): Promise<void> {
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(`!document.querySelector("main .loading")`, undefined, { timeout: WAIT }).catch(() => undefined);
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.2 AA rules). */
export async function axeFindings(page: Page, name: string): Promise<Finding[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = (await page.evaluate(`axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } })`)) as {
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  };
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ page: name, rule: v.id, impact: v.impact ?? "", targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

/** How far the page is wider than the screen (0 when it fits). */
export const overflow = (page: Page) => page.evaluate<number>(`document.documentElement.scrollWidth - window.innerWidth`);

/** Visible controls smaller than 24 × 24 px that are not inline text links (WCAG 2.2 target size). */
export const smallTargets = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll("main button, main input, main select, main [role=button], header button, header a")]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24) && getComputedStyle(el).visibility !== "hidden"; })
    .filter((el) => !(el.tagName === "A" && getComputedStyle(el).display === "inline"))
    .filter((el) => { if (el.type !== "checkbox" && el.type !== "radio") return true; const l = el.closest("label"); if (!l) return true; const r = l.getBoundingClientRect(); return r.height < 24; })
    .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 30))`);
