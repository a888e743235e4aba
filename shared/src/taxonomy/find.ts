import { INDUSTRY_IDS, type IndustryId } from "./industries.js";
import { AMBIGUOUS_WORDS, hasCjk, normalizeTerm } from "./text.js";
import { VOCABULARIES, VOCABULARY_NAMES, type TermIdOf, type VocabularyName } from "./vocabularies.js";

/** A term recognised in free text; narrowing on `vocabulary` types the id. */
export type TermMatch = { [V in VocabularyName]: { vocabulary: V; id: TermIdOf<V> } }[VocabularyName];

interface Pattern {
  /** Normalised label, lowercase. */
  key: string;
  /** Normalised label with its case kept, for ambiguous words ("IT" but not "it"). */
  cased?: string;
  cjk: boolean;
  matches: TermMatch[];
}

// Country codes match only verbatim ("FR", not "fr"); language codes ("it", "no") not at all.
const ID_ALIASES_SKIPPED: ReadonlySet<VocabularyName> = new Set(["country", "language"]);

const EXACT = new Map<string, TermMatch[]>();
const VERBATIM_IDS = new Map<string, TermMatch[]>();
const patternsByKey = new Map<string, Pattern>();

function addTo(map: Map<string, TermMatch[]>, key: string, match: TermMatch): void {
  const list = map.get(key) ?? [];
  if (!list.some((m) => m.vocabulary === match.vocabulary && m.id === match.id)) list.push(match);
  map.set(key, list);
}

for (const vocabulary of VOCABULARY_NAMES) {
  for (const term of VOCABULARIES[vocabulary]) {
    const match = { vocabulary, id: term.id } as TermMatch;
    if (vocabulary !== "language") addTo(VERBATIM_IDS, term.id, match);
    if (!ID_ALIASES_SKIPPED.has(vocabulary)) addTo(EXACT, normalizeTerm(term.id), match);
    for (const label of [term.en, term.zh, ...(term.synonyms ?? [])]) {
      const key = normalizeTerm(label);
      if (!key) continue;
      addTo(EXACT, key, match);
      const cased = AMBIGUOUS_WORDS.has(key) ? normalizeTerm(label, true) : undefined;
      const patternKey = cased ? `${key}\u0000${cased}` : key;
      const pattern = patternsByKey.get(patternKey) ?? { key, cased, cjk: hasCjk(key), matches: [] };
      if (!pattern.matches.some((m) => m.vocabulary === vocabulary && m.id === term.id)) pattern.matches.push(match);
      patternsByKey.set(patternKey, pattern);
    }
  }
}

// Longest first, so "新能源汽车" wins over "新能源" and "中东欧" over "中东".
const PATTERNS: readonly Pattern[] = [...patternsByKey.values()].sort((a, b) => b.key.length - a.key.length);

const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** End of a whole-word match at `start`, allowing an English plural; -1 if not a whole word. */
function wordEnd(text: string, start: number, key: string): number {
  if (isWordChar(text[start - 1])) return -1;
  let end = start + key.length;
  if (text.startsWith("es", end) && !isWordChar(text[end + 2])) end += 2;
  else if (text[end] === "s" && !isWordChar(text[end + 1])) end += 1;
  return isWordChar(text[end]) ? -1 : end;
}

function scan(text: string): { at: number; match: TermMatch }[] {
  const lower = normalizeTerm(text);
  const cased = normalizeTerm(text, true);
  const covered: [number, number][] = [];
  const found: { at: number; match: TermMatch }[] = [];
  for (const pattern of PATTERNS) {
    for (let at = lower.indexOf(pattern.key); at !== -1; at = lower.indexOf(pattern.key, at + 1)) {
      const end = pattern.cjk ? at + pattern.key.length : wordEnd(lower, at, pattern.key);
      if (end === -1) continue;
      if (pattern.cased && cased.slice(at, at + pattern.key.length) !== pattern.cased) continue;
      if (covered.some(([from, to]) => at < to && end > from)) continue;
      covered.push([at, end]);
      for (const match of pattern.matches) found.push({ at, match });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The terms named in free text, in either language: the whole text as a label,
 * synonym or id, then every label found inside it (substring for Chinese, whole
 * words for English; the longest label wins where two overlap). Case- and
 * width-insensitive, deduplicated, in order of appearance.
 */
export function findTerms(text: string): TermMatch[] {
  const results: TermMatch[] = [];
  const seen = new Set<string>();
  const add = (match: TermMatch): void => {
    const key = `${match.vocabulary}:${match.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    results.push(match);
  };
  const trimmed = text.trim();
  if (!trimmed) return results;
  VERBATIM_IDS.get(trimmed)?.forEach(add);
  EXACT.get(normalizeTerm(trimmed))?.forEach(add);
  for (const { match } of scan(trimmed)) add(match);
  return results;
}

const INDUSTRY_ID_SET: ReadonlySet<string> = new Set(INDUSTRY_IDS);

function isIndustryId(value: string): value is IndustryId {
  return INDUSTRY_ID_SET.has(value);
}

/** An industry id from an id ("biomedicine"), a label or synonym in either language, or the first industry named in a phrase. */
export function resolveIndustry(textOrId: string): IndustryId | undefined {
  const trimmed = textOrId.trim();
  if (isIndustryId(trimmed)) return trimmed;
  const match = findTerms(trimmed).find((m) => m.vocabulary === "industry");
  return match && isIndustryId(match.id) ? match.id : undefined;
}
