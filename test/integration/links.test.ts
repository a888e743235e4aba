import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LINK_SAMPLES, links } from "@parklink/shared";
import { resolvePage } from "../../client/src/app/paths.js";
import { ROOT_DIR } from "../../server/src/config.js";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("every link the server sends lands on a client page", () => {
  it("when each kind of link is built, then the client routes it (no 'Page not found')", () => {
    for (const [name, link] of Object.entries(LINK_SAMPLES)) {
      const url = new URL(link, "http://parklink.test");
      expect(resolvePage(url.pathname), `${name}: ${link}`).not.toBeNull();
    }
  });

  it("when a path is not a page, then it resolves to nothing, also for unknown staff sections and bad encodings", () => {
    expect(resolvePage("/introductions/abc/chat/extra")).toBeNull();
    expect(resolvePage("/staff/nowhere")).toBeNull();
    expect(resolvePage("/orgs/%E0%A4%A")).toBeNull();
  });

  it("when a chat notification is followed, then it opens the introduction's chat", () => {
    expect(resolvePage(links.introductionChat("64b7f0c2a1b2c3d4e5f60718"))).toEqual({ name: "introductionChat", params: { id: "64b7f0c2a1b2c3d4e5f60718" } });
  });

  it("when the server builds a notification link, then it uses a builder of shared/links (so the samples above cover it)", () => {
    const handWritten = sourceFiles(path.join(ROOT_DIR, "server", "src")).flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ file: path.relative(ROOT_DIR, file), line: i + 1, text: line }))
        .filter((l) => /\blink:\s*[`"']|appLink\([^,]+,\s*[`"']/.test(l.text)),
    );
    expect(handWritten).toEqual([]);
  });
});
