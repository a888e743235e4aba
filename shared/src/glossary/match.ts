// Finds glossary concepts in text of either language: English by whole words (lightly
// stemmed, longest phrase first), Chinese by longest match over the glossary's forms,
// which segments technical terms the way the glossary writes them. Short all-capital
// forms (PEM, LNP) match only when written in capitals.
import type { Concept } from "./types.js";

const HAN = /\p{Script=Han}/u;
const RUN = /\p{Script=Han}+|[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** A light English stemmer: plural and possessive endings only ("batteries" = "battery"). */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/'s$/, "");
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !/(ss|us|is|ics)$/.test(w)) return w.slice(0, -1);
  return w;
}

const words = (text: string) => (text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !HAN.test(w));
const isAcronym = (form: string) => /^[A-Z0-9][A-Z0-9+]{1,4}$/.test(form.trim()) && /[A-Z]/.test(form);

export interface ConceptIndex {
  /** Stemmed English phrase ("solid state battery") → concept indexes. */
  readonly en: Map<string, number[]>;
  /** Acronyms, case kept ("PEM"). */
  readonly acronyms: Map<string, number[]>;
  /** Chinese form → concept indexes. */
  readonly zh: Map<string, number[]>;
  readonly maxWords: number;
  readonly maxHan: number;
  readonly concepts: readonly Concept[];
}

function add(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (!list.includes(i)) list.push(i);
}

export function buildIndex(concepts: readonly Concept[]): ConceptIndex {
  const en = new Map<string, number[]>();
  const acronyms = new Map<string, number[]>();
  const zh = new Map<string, number[]>();
  let maxWords = 1;
  let maxHan = 1;
  concepts.forEach((c, i) => {
    for (const form of [c.en, c.zh, ...c.synonyms]) {
      const f = form.normalize("NFKC").trim();
      if (HAN.test(f)) {
        const key = f.replace(/\s+/g, "");
        add(zh, key, i);
        maxHan = Math.max(maxHan, key.length);
      } else if (isAcronym(f)) add(acronyms, f, i);
      else {
        const w = words(f).map(stem);
        if (w.length === 0) continue;
        add(en, w.join(" "), i);
        maxWords = Math.max(maxWords, w.length);
      }
    }
  });
  return { en, acronyms, zh, maxWords, maxHan, concepts };
}

/** Indexes (into index.concepts) of the concepts the text mentions, in order of first mention. */
export function findConceptIndexes(index: ConceptIndex, text: string): number[] {
  const found: number[] = [];
  const seen = new Set<number>();
  const push = (list: number[] | undefined) => {
    for (const i of list ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      found.push(i);
    }
  };
  const normalized = text.normalize("NFKC");
  // Latin words form phrases until punctuation or Chinese breaks them.
  let latin: { raw: string; stemmed: string }[] = [];
  const flushLatin = () => {
    for (let i = 0; i < latin.length; ) {
      let n = Math.min(index.maxWords, latin.length - i);
      let hit: number[] | undefined;
      for (; n > 0; n--) {
        hit = index.en.get(latin.slice(i, i + n).map((w) => w.stemmed).join(" "));
        if (hit) break;
      }
      if (n > 0) {
        push(hit);
        i += n;
      } else {
        push(index.acronyms.get(latin[i].raw));
        i++;
      }
    }
    latin = [];
  };
  let end = 0;
  for (const m of normalized.matchAll(RUN)) {
    const run = m[0];
    if (/[^\s]/.test(normalized.slice(end, m.index))) flushLatin();
    end = m.index + run.length;
    if (HAN.test(run)) {
      flushLatin();
      for (let i = 0; i < run.length; ) {
        let n = Math.min(index.maxHan, run.length - i);
        for (; n > 1; n--) if (index.zh.has(run.slice(i, i + n))) break;
        const hit = index.zh.get(run.slice(i, i + n));
        if (hit) {
          push(hit);
          i += n;
        } else i++;
      }
    } else {
      for (const part of run.split(/[-']/)) latin.push({ raw: part, stemmed: stem(part) });
    }
  }
  flushLatin();
  return found;
}
