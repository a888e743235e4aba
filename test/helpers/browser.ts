import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ROOT_DIR } from "../../server/src/config.js";
import type { AppDeps } from "../../server/src/deps.js";
import type { MailMessage } from "../../server/src/infra/mail.js";
import { serve } from "../../server/src/server.js";
import { outboxModel } from "../../server/src/modules/outbox/model.js";
import { seedDemoData, type SeedReport } from "../../server/src/modules/seed/service.js";
import { createTestContext } from "./context.js";
import "../setup/provided.js";

export const ARTIFACTS_DIR = path.join(ROOT_DIR, "test", "artifacts");
const CLIENT_INDEX = path.join(ROOT_DIR, "client", "dist", "index.html");

/** Debian's Chromium (or CHROMIUM_PATH), headless; playwright-core never downloads a browser of its own. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

export interface BrowserServer {
  /** http://127.0.0.1:<port>, serving the built client and the API. */
  url: string;
  deps: AppDeps;
  seed: SeedReport;
  mail: MailMessage[];
  /** Resolves once the search indexer has processed every change recorded so far (bounded). */
  waitForIndexing(timeoutMs?: number): Promise<void>;
  /** Stops HTTP, sockets and jobs, then drops this server's database and search indexes. */
  close(): Promise<void>;
}

/**
 * A whole Parklink server in this process, served as `npm start` serves it (demo data,
 * the outbox indexer and sweeps, HTTP with Socket.IO, the built client), on the run's
 * MongoDB and Meilisearch with its own database and index prefix (a test context).
 */
export async function startBrowserServer(): Promise<BrowserServer> {
  if (!fs.existsSync(CLIENT_INDEX)) {
    throw new Error(`The client is not built (${CLIENT_INDEX} is missing): run \`npm run build -w client\` first.`);
  }
  if (!inject("meiliUrl")) throw new Error("The browser test needs Meilisearch (search and the matcher), and the test services have none.");
  const ctx = await createTestContext({ HOST: "127.0.0.1", PORT: "0" });
  let served: Awaited<ReturnType<typeof serve>> | undefined;
  const close = async () => {
    await served?.close().catch((err: unknown) => console.warn("browser server close:", err));
    await ctx.cleanup().catch((err: unknown) => console.warn("browser server cleanup:", err));
  };
  try {
    const seed = await seedDemoData(ctx.deps);
    served = await serve(ctx.deps);
    const outbox = outboxModel(ctx.deps.db);
    const waitForIndexing = async (timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const left = await outbox.countDocuments({ processedAt: { $exists: false } });
        if (left === 0) return;
        if (Date.now() > deadline) throw new Error(`search indexing did not catch up within ${timeoutMs} ms (${left} changes left)`);
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    return { url: served.url, deps: ctx.deps, seed, mail: ctx.mail, waitForIndexing, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Saves a full-page screenshot as test/artifacts/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  // A full page is captured from the top, so the sticky header stays where it belongs.
  if (fullPage) await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Signs in through the login form and waits for the page it leads to. */
export async function signIn(page: Page, baseUrl: string, who: { email: string; password: string }, next: string): Promise<void> {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  const form = page.getByRole("form", { name: "Sign in to Parklink" });
  await form.getByLabel("E-mail").fill(who.email);
  await form.getByLabel("Password").fill(who.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
}

/** Closes a browser test's pages, browser and server (what exists of them). */
export async function closeBrowserRun(contexts: BrowserContext[], browser: Browser | undefined, server: BrowserServer | undefined): Promise<void> {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
}

/** Keeps every open page as a screenshot `<prefix>-<n>.png`, to look at after a failure. */
export async function screenshotAll(contexts: BrowserContext[], prefix: string): Promise<void> {
  for (const [i, page] of contexts.flatMap((c) => c.pages()).entries()) await screenshot(page, `${prefix}-${i + 1}`).catch(() => undefined);
}
