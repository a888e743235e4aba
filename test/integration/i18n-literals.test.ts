import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../server/src/config.js";
import { en } from "../../client/src/i18n/en.js";
import { zh } from "../../client/src/i18n/zh.js";

/** Words that are the same in every interface language: the brand, a language's own name, a unit. */
const SAME_IN_EVERY_LANGUAGE = new Set(["Parklink", "English", "中文", "TRL", "https://"]);
/** Attributes whose text a person reads or hears. */
const READ_ATTRIBUTES = new Set(["aria-label", "placeholder", "title", "alt", "label"]);
const WORDS = /[A-Za-z\u4e00-\u9fff]{2,}/;

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsxFiles(full) : e.name.endsWith(".tsx") ? [full] : [];
  });
}

/** Text a user would read that is written in a component instead of coming from the dictionaries. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.getText().trim();
      if (WORDS.test(text) && !SAME_IN_EVERY_LANGUAGE.has(text)) found.push(`${path.relative(ROOT_DIR, file)}: ${text}`);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const text = node.initializer.text;
      if (WORDS.test(text) && !SAME_IN_EVERY_LANGUAGE.has(text)) found.push(`${path.relative(ROOT_DIR, file)}: ${node.name.getText()}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("both languages everywhere", () => {
  it("when the client's components are read, then no text a user reads is written outside the dictionaries", () => {
    const files = tsxFiles(path.join(ROOT_DIR, "client", "src"));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(literals)).toEqual([]);
  });

  it("when a dictionary key has text in English, then it has text in Chinese too, and the same placeholders", () => {
    const missing: string[] = [];
    for (const [key, text] of Object.entries(en)) {
      const other = (zh as Record<string, string>)[key];
      if (!other?.trim()) missing.push(`${key}: no Chinese text`);
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(",");
      if (other && vars(text) !== vars(other)) missing.push(`${key}: placeholders ${vars(text)} vs ${vars(other)}`);
    }
    expect(missing).toEqual([]);
  });
});
