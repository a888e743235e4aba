/**
 * Every form of the client, sent empty and filled wrongly, in English and in Chinese on a
 * 390 × 844 phone: each must answer next to the field and in the form's error summary, in
 * the user's language, never in schema text, and still fit the screen. The forms come from
 * one list (test/e2e/forms/cases.ts); a client file with a form missing from it fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ROOT_DIR } from "../../server/src/config.js";
import { launchBrowser, screenshot, startBrowserServer, type BrowserServer } from "../helpers/browser.js";
import { newPageIn, overflow, PHONE, SCHEMA_TEXT, settle, signInAt, type Lang } from "../helpers/pages.js";
import { FORM_CASES, NOT_VALIDATED, tr, type FormCase, type Who } from "./forms/cases.js";
import { DEMO, makeFormFixtures, type FormFixtures } from "./forms/fixtures.js";

const CLIENT_SRC = path.join(ROOT_DIR, "client", "src");
const FORM_MARK = /<form[\s>]|<Form\s|\buseForm\(/;
const HAN = /[\u4e00-\u9fff]/;

let server: BrowserServer;
let browser: Browser;
let fixtures: FormFixtures;
const contexts: BrowserContext[] = [];

function clientFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? clientFiles(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : []));
}

/** The elements that stick out of the screen on the right, for the failure message. */
const widest = (page: Page) =>
  page.evaluate<string>(`[...document.querySelectorAll("main *")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(-3).map((el) => el.tagName.toLowerCase() + "." + [...el.classList].join(".") + "#" + el.id + " " + Math.round(el.getBoundingClientRect().width) + "px").join(", ")`);

/** What is wrong with the form's answer to one bad submit (nothing: an empty list). */
async function problemsOf(page: Page, c: FormCase, lang: Lang, mode: "empty" | "wrong"): Promise<string[]> {
  const where = `${lang} ${c.name} (${mode})`;
  await page.goto(`${server.url}${c.path(fixtures)}`);
  await settle(page);
  if (c.open) await c.open(page, lang);
  const form = page.locator("main form").filter({ has: page.locator(`#${c.field}`) }).first();
  await form.waitFor();
  if (mode === "empty" && typeof c.empty === "function") await c.empty(form);
  if (mode === "wrong") await c.wrong(form);
  await form.locator("button[type=submit]").first().click();
  const summary = form.locator(".alert-error").first();
  const shown = await summary.waitFor({ timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  const text = await form.innerText();
  if (!shown) {
    await screenshot(page, `forms-failed-${lang}-${c.name.replace(/\W+/g, "-")}-${mode}`);
    return [`${where}: no error summary; the form reads: ${text.slice(0, 300).replace(/\s+/g, " ")}`];
  }
  const problems: string[] = [];
  const raw = SCHEMA_TEXT.exec(text);
  if (raw) problems.push(`${where}: schema text "${raw[0]}" shown`);
  const fieldErrors = (await form.locator(".field-error").allInnerTexts()).map((e) => e.trim()).filter(Boolean);
  const listed = await summary.locator("li").allInnerTexts();
  const summaryText = await summary.innerText();
  if (fieldErrors.length === 0) problems.push(`${where}: no message next to a field; summary: ${summaryText.replace(/\s+/g, " ")}`);
  if (listed.length === 0) problems.push(`${where}: the summary names no field`);
  for (const e of fieldErrors) if (!summaryText.includes(e)) problems.push(`${where}: "${e}" is next to its field but not in the summary`);
  if (lang === "zh") for (const e of [...fieldErrors, ...listed]) if (!HAN.test(e)) problems.push(`${where}: not in Chinese: "${e}"`);
  const wider = await overflow(page);
  if (wider > 0) problems.push(`${where}: ${wider}px wider than the phone (${await widest(page)})`);
  return problems;
}

describe("every form, sent empty and wrong, in both languages", () => {
  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
    fixtures = await makeFormFixtures(server);
    await server.waitForIndexing(90_000);
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  }, 60_000);

  it("when a client file renders a form, then the list of forms covers it or says why it has nothing to check", () => {
    const listed = new Set([...FORM_CASES.map((c) => c.source), ...Object.keys(NOT_VALIDATED)]);
    const withForms = clientFiles(CLIENT_SRC)
      .filter((f) => !f.endsWith(path.join("components", "form.tsx")) && FORM_MARK.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(CLIENT_SRC, f).split(path.sep).join("/"));
    expect(withForms.filter((f) => !listed.has(f))).toEqual([]);
    // And nothing listed is stale.
    expect([...listed].filter((f) => !withForms.includes(f))).toEqual([]);
  });

  it("when an offer is filled in rightly, then it is published, and an edit is saved (forms on react-hook-form send what they check)", async () => {
    const page = await newPageIn(browser, contexts, "zh", PHONE);
    await signInAt(page, server.url, DEMO.manager);
    await page.goto(`${server.url}/offers/new?orgId=${fixtures.chengduOrgId}`);
    const form = page.locator("main form").filter({ has: page.locator("#f-summary-en") });
    await form.locator("#f-title-en").fill("Clean-room time for MEMS start-ups");
    await form.locator("#f-summary-en").fill("Shared clean-room hours and process engineers for sensor start-ups in the park.");
    await form.locator("#f-trl").selectOption("5");
    await form.locator("#f-ipStatus").selectOption({ index: 1 });
    await form.locator("fieldset", { has: page.locator("legend", { hasText: tr("zh", "offers.transferModes") }) }).locator("input[type=checkbox]").first().check();
    await form.locator("fieldset", { has: page.locator("legend", { hasText: tr("zh", "org.industries") }) }).locator("input[type=checkbox]").first().check();
    await form.locator("button[type=submit]").click();
    await page.waitForURL(/\/offers\/[0-9a-f]{24}$/);
    await page.locator("main h1", { hasText: "Clean-room time for MEMS start-ups" }).waitFor();
    await page.goto(`${page.url()}/edit`);
    await page.locator("#f-title-en").fill("Clean-room hours for MEMS start-ups");
    await page.locator("main form button[type=submit]").click();
    await page.waitForURL(/\/offers\/[0-9a-f]{24}$/);
    await page.locator("main h1", { hasText: "Clean-room hours for MEMS start-ups" }).waitFor();
  }, 120_000);

  for (const lang of ["en", "zh"] as const) {
    it(`when every form is sent empty and then with wrong values in ${lang}, then each field says what to fix in ${lang}, beside it and in the summary`, async () => {
      const who: Record<Who, { email: string; password: string } | null> = { visitor: null, manager: DEMO.manager, investor: DEMO.investor, broker: DEMO.broker };
      // One page per kind of user, walking its forms; the users walk side by side.
      const problems = await Promise.all(
        (Object.keys(who) as Who[]).map(async (as) => {
          const page = await newPageIn(browser, contexts, lang, PHONE);
          const account = who[as];
          if (account) await signInAt(page, server.url, account);
          const found: string[] = [];
          // FORMS_ONLY=<part of a name> narrows the walk while a form is being fixed.
          for (const c of FORM_CASES.filter((f) => f.as === as && (!process.env.FORMS_ONLY || f.name.includes(process.env.FORMS_ONLY)))) {
            for (const mode of c.empty === false ? (["wrong"] as const) : (["empty", "wrong"] as const)) {
              found.push(...(await problemsOf(page, c, lang, mode).catch((err: unknown) => [`${lang} ${c.name} (${mode}): ${(err as Error).message.split("\n")[0]}`])));
            }
          }
          return found;
        }),
      );
      expect(problems.flat()).toEqual([]);
    }, 300_000);
  }
});
