import type { Concept, GlossaryData } from "./types.js";

export const conceptSlug = (en: string) =>
  en
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Concepts of per-industry glossary data (see GlossaryData); throws on a malformed line. */
export function parseGlossary(data: GlossaryData): Concept[] {
  const out: Concept[] = [];
  for (const [industry, text] of Object.entries(data)) {
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      if (!line || line.startsWith("#")) continue;
      const [en, zh, syn = ""] = line.split("|").map((s) => s.trim());
      if (!en || !zh) throw new Error(`glossary ${industry}: a concept needs an English and a Chinese form: "${line}"`);
      const synonyms = syn.split(";").map((s) => s.trim()).filter(Boolean);
      out.push({ id: `${industry}/${conceptSlug(en)}`, industry, en, zh, synonyms });
    }
  }
  return out;
}
