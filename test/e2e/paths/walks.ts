/**
 * The main walk of each kind of user, in either language and at either size: a park
 * manager saves a search with daily alerts and switches it to instant, sets notification
 * preferences, answers an introduction and signs out elsewhere; a company asks for an
 * introduction from a request's page; a broker proposes a suggested pair. Each step's page is checked by the caller's `check` (axe-core, overflow,
 * target size). Text is found through the client's own dictionaries, so the walk is the
 * same in both languages.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { tr, type Lang } from "../forms/cases.js";
import { callerFor, DEMO } from "../forms/fixtures.js";
import type { BrowserServer } from "../../helpers/browser.js";
import { settle, WAIT } from "../../helpers/pages.js";

export type Check = (page: Page, step: string) => Promise<void>;

export type Asker = "company" | "investor" | "broker";

/** An introduction waiting for the park manager's answer: asked by a member, or proposed by the broker. */
export async function introductionFor(server: BrowserServer, from: Asker): Promise<string> {
  const orgs = server.deps.db.collection("orgs");
  const chengdu = String((await orgs.findOne({ seedKey: "chengdu-hi-tech-zone" }, { projection: { _id: 1 } }))?._id);
  const message = "We would like to meet.";
  if (from === "broker") {
    const other = await orgs.findOne({ status: "approved", kind: "park", seedKey: { $nin: ["chengdu-hi-tech-zone"] } }, { projection: { _id: 1 } });
    const broker = await callerFor(server, DEMO.broker);
    return String((await broker("POST", "/admin/introductions", { fromOrgId: String(other?._id), toOrgId: chengdu, message })).id);
  }
  const [who, seedKey] = from === "company" ? [DEMO.company, "rongcheng-microsensing"] : [DEMO.investor, "haidian-horizon-ventures"];
  const fromOrgId = String((await orgs.findOne({ seedKey }, { projection: { _id: 1 } }))?._id);
  const caller = await callerFor(server, who);
  return String((await caller("POST", "/introductions", { fromOrgId, target: { entity: "org", id: chengdu }, message })).id);
}

export async function memberWalk(page: Page, server: BrowserServer, lang: Lang, introId: string, check: Check, tag: string): Promise<void> {
  const main = page.locator("main");
  // A search saved with daily alerts, then switched to instant on the saved searches page.
  await page.goto(`${server.url}/search?q=biomedicine&kind=request`);
  await settle(page);
  await main.getByRole("button", { name: tr(lang, "saved.save"), exact: true }).click();
  const form = page.getByRole("form", { name: tr(lang, "saved.save") });
  const name = `Biomedicine ${tag}`;
  await form.getByLabel(tr(lang, "saved.name")).fill(name);
  await form.getByLabel(tr(lang, "saved.alerts")).selectOption("daily");
  await check(page, "search, saving");
  await form.locator("button[type=submit]").click();
  await main.getByText(tr(lang, "saved.done")).waitFor();
  await main.getByRole("link", { name: tr(lang, "saved.manage") }).click();
  const row = main.locator("li", { has: page.getByRole("link", { name, exact: true }) });
  await expect.poll(() => row.locator("select").inputValue(), { timeout: WAIT }).toBe("daily");
  await row.locator("select").selectOption("instant");
  await page.reload();
  await expect.poll(() => row.locator("select").inputValue(), { timeout: WAIT }).toBe("instant");
  await check(page, "saved searches");

  // Notification preferences hold after a reload.
  await page.goto(`${server.url}/settings`);
  const digest = page.getByLabel(tr(lang, "settings.digest"));
  await digest.selectOption("weekly");
  await main.getByText(tr(lang, "common.saved")).first().waitFor();
  await page.getByRole("checkbox", { name: tr(lang, "settings.inApp.chat"), exact: true }).uncheck();
  await page.reload();
  await expect.poll(() => page.getByLabel(tr(lang, "settings.digest")).inputValue(), { timeout: WAIT }).toBe("weekly");
  expect(await page.getByRole("checkbox", { name: tr(lang, "settings.inApp.chat"), exact: true }).isChecked()).toBe(false);
  await page.getByRole("checkbox", { name: tr(lang, "settings.inApp.chat"), exact: true }).check();
  await check(page, "settings");

  // An introduction asked of the park: listed under "Asked of us", accepted from its page.
  await page.goto(`${server.url}/introductions`);
  await settle(page);
  await check(page, "introductions");
  await page.goto(`${server.url}/introductions/${introId}`);
  await settle(page);
  const accept = main.getByRole("button", { name: tr(lang, "intro.accept"), exact: true });
  await check(page, "introduction, to answer");
  await accept.click();
  await expect.poll(() => accept.count(), { timeout: WAIT }).toBe(0);
  await check(page, "introduction, answered");
}

/** Signing out everywhere else ends another browser's session; this one stays. */
export async function signOutElsewhere(page: Page, other: Page, server: BrowserServer, lang: Lang, check: Check): Promise<void> {
  await page.goto(`${server.url}/settings`);
  await page.getByRole("button", { name: tr(lang, "settings.endOthers") }).click();
  await page.getByText(tr(lang, "settings.sessionsDone")).waitFor();
  await other.goto(`${server.url}/settings`);
  await other.waitForURL((url) => url.pathname === "/login");
  await page.reload();
  await page.getByRole("heading", { name: tr(lang, "settings.title") }).waitFor();
  await check(page, "settings, after signing out elsewhere");
}

/** The broker proposes the first suggested pair: it leaves the list with a confirmation. */
export async function brokerWalk(page: Page, server: BrowserServer, lang: Lang, check: Check): Promise<void> {
  const main = page.locator("main");
  await page.goto(`${server.url}/staff/suggestions`);
  await settle(page);
  const first = main.locator("li.suggestion").first();
  await first.waitFor();
  await check(page, "suggestions");
  await first.locator(".row-side button.btn-primary").click();
  const form = first.locator("form");
  expect((await form.locator("textarea").inputValue()).length).toBeGreaterThan(10);
  await check(page, "suggestions, proposing");
  await form.locator("button[type=submit]").click();
  await main.locator(".alert-ok").first().waitFor();
  await check(page, "suggestions, proposed");
}

/** An open request of an organization none of the demo accounts belongs to (the n-th one, so each walk asks someone new). */
export async function someoneElsesRequest(server: BrowserServer, n: number): Promise<string> {
  const mine = await server.deps.db.collection("memberships").distinct("orgId");
  const found = await server.deps.db.collection("requests").find({ state: "open", orgId: { $nin: mine } }, { projection: { _id: 1 } }).sort({ _id: 1 }).skip(n).limit(1).toArray();
  return String(found[0]?._id);
}

/** A company member asks for an introduction from a request's page and follows it to the introduction. */
export async function companyWalk(page: Page, server: BrowserServer, lang: Lang, requestId: string, check: Check): Promise<void> {
  const main = page.locator("main");
  await page.goto(`${server.url}/requests/${requestId}`);
  await settle(page);
  await check(page, "a request, as a company");
  await main.locator("button", { hasText: tr(lang, "interest.button") }).last().click();
  const form = main.locator("form").filter({ has: page.locator("#f-message") });
  await form.locator("#f-message").fill("We make MEMS sensors and would like to discuss this request.");
  await check(page, "a request, asking for an introduction");
  await form.locator("button[type=submit]").click();
  await main.getByRole("link", { name: tr(lang, "interest.view") }).first().click();
  await page.waitForURL(/\/introductions\/[0-9a-f]{24}$/);
  await settle(page);
  await check(page, "the introduction asked for");
}
