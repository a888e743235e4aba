/**
 * Media in a real browser (Debian Chromium through playwright-core), against a full in-process
 * server with demo data: a park uploads its logo (shown at once on its pages, with the profile's
 * completeness), then sends a file in the chat of an introduction, and the other side downloads it.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import sharp from "sharp";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ARTIFACTS_DIR, launchBrowser, screenshot, closeBrowserRun, screenshotAll, signIn as signInAt, startBrowserServer, type BrowserServer } from "../helpers/browser.js";
import { buildPark } from "../factories.js";

const WAIT = 20_000;
const CHENGDU_MANAGER = { email: "park.manager@demo.parklink.example", password: "ParkDemo2024chengdu" };
const BROKER = { email: "broker@demo.parklink.example", password: "BrokerDemo2024cisip" };
const ME = { name: "Ines Duarte", email: "ines.duarte@harbour-park.test", password: "HarbourPark2024" };
const MY_PARK = "Harbour Innovation Park";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

let server: BrowserServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB", acceptDownloads: true });
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  return context.newPage();
}

const signIn = (page: Page, who: { email: string; password: string }, next: string) => signInAt(page, server.url, who, next);

/** The API as a signed-in user, to arrange what the test is not about. */
async function apiAs(who: { email: string; password: string }) {
  const login = await fetch(`${server.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: who.email, password: who.password }) });
  if (!login.ok) throw new Error(`login of ${who.email}: ${login.status} ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** True once the image has loaded real pixels (not the initials fallback). */
type ImageDocument = { querySelectorAll(selector: string): ArrayLike<{ complete: boolean; naturalWidth: number }> };
const loadedImage = (page: Page, selector: string) =>
  page.waitForFunction(
    (sel) => Array.from((globalThis as unknown as { document: ImageDocument }).document.querySelectorAll(sel)).some((img) => img.complete && img.naturalWidth > 0),
    selector,
    { timeout: WAIT },
  );

describe("logos and chat files in a browser", () => {
  let myOrgId: string;
  let introductionId: string;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await startBrowserServer();
    browser = await launchBrowser();
    // A park of our own, approved, introduced to the Chengdu zone (the story of browser.test.ts, through the API).
    const registered = await fetch(`${server.url}/api/auth/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ME) });
    expect(registered.status, await registered.clone().text()).toBe(202);
    // The confirmation link's work, done here: the browser test of sign-up follows the link itself.
    await server.deps.db.collection("users").updateOne({ email: ME.email.toLowerCase() }, { $set: { emailConfirmed: true } });
    const me = await apiAs(ME);
    myOrgId = (await me<{ id: string }>("POST", "/orgs", buildPark({ name: { en: MY_PARK }, description: { en: "A park on the harbour." } }))).id;
    await (await apiAs(BROKER))("POST", `/admin/vetting/${myOrgId}`, { decision: "approve" });
    const chengdu = await apiAs(CHENGDU_MANAGER);
    const [chengduOrg] = (await chengdu<{ items: { id: string }[] }>("GET", "/orgs?mine=true")).items;
    introductionId = (await me<{ id: string }>("POST", "/introductions", { fromOrgId: myOrgId, target: { entity: "org", id: chengduOrg.id }, message: "Shall we exchange our brochures?" })).id;
    await chengdu("POST", `/introductions/${introductionId}/respond`, { decision: "accept" });
  }, 180_000);

  afterAll(async () => {
    await closeBrowserRun(contexts, browser, server);
  }, 60_000);

  it(
    "when a park uploads its logo and sends a file in chat, then the logo shows on its pages and the partner downloads the file",
    async () => {
      onTestFailed(() => screenshotAll(contexts, "media-failure"));
      // --- When the park manager uploads a logo on the profile page, then it shows there and completeness no longer asks for it.
      const park = await newPage();
      await signIn(park, ME, `/my/orgs/${myOrgId}`);
      const completeness = park.getByRole("region", { name: /^Profile \d+% complete$/ });
      await completeness.getByText("Add a logo").waitFor();
      const logo = await sharp({ create: { width: 300, height: 300, channels: 3, background: { r: 11, g: 92, b: 173 } } }).png().toBuffer();
      await park.getByLabel("Logo", { exact: true }).setInputFiles({ name: "harbour-logo.png", mimeType: "image/png", buffer: logo });
      await completeness.getByText("Add a logo").waitFor({ state: "detached" });
      await loadedImage(park, ".media-logo img.picture");
      // A file that only claims to be an image is refused with the server's reason.
      await park.getByLabel("Logo", { exact: true }).setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: PDF });
      await park.getByRole("alert").filter({ hasText: "This kind of file is not accepted here" }).waitFor();
      await screenshot(park, "media-01-logo");
      await park.goto(`${server.url}/orgs/${myOrgId}`);
      await loadedImage(park, "h1 img.picture");
      // The manager's own picture, shown in the header at once.
      await park.goto(`${server.url}/my/orgs`);
      const face = await sharp({ create: { width: 400, height: 500, channels: 3, background: { r: 240, g: 180, b: 120 } } }).jpeg().toBuffer();
      await park.getByLabel("Your picture").setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: face });
      await loadedImage(park, "header img.picture-round");

      // --- When the park sends a PDF in the chat, then the Chengdu manager sees it and downloads the same bytes.
      await park.goto(`${server.url}/introductions/${introductionId}`);
      const parkChat = park.getByRole("region", { name: "Conversation" });
      await parkChat.getByText("No messages yet").waitFor();
      await park.getByLabel("Attach a file").setInputFiles({ name: "harbour-brochure.pdf", mimeType: "application/pdf", buffer: PDF });
      const sentFile = parkChat.getByRole("button", { name: /^Download harbour-brochure\.pdf \(/ });
      await sentFile.waitFor();

      const chengdu = await newPage();
      await signIn(chengdu, CHENGDU_MANAGER, `/introductions/${introductionId}`);
      const chengduChat = chengdu.getByRole("region", { name: "Conversation" });
      const received = chengduChat.getByRole("button", { name: /^Download harbour-brochure\.pdf \(/ });
      await received.waitFor();
      // The sender's logo is shown with the partner's introduction too.
      await screenshot(chengdu, "media-02-chat-file");
      const [download] = await Promise.all([chengdu.waitForEvent("download"), received.click()]);
      expect(download.suggestedFilename()).toBe("harbour-brochure.pdf");
      const file = await download.path();
      expect(Buffer.compare(fs.readFileSync(file), PDF)).toBe(0);
    },
    180_000,
  );
});
