import { AMBIGUOUS_WORDS, foldWidth } from "./text.js";
import { VOCABULARIES, VOCABULARY_NAMES } from "./vocabularies.js";

function buildSynonyms(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const vocabulary of VOCABULARY_NAMES) {
    for (const term of VOCABULARIES[vocabulary]) {
      const labels = new Set(
        [term.en, term.zh, ...(term.synonyms ?? [])]
          .map((label) => foldWidth(label).toLowerCase())
          .filter((label) => label && !AMBIGUOUS_WORDS.has(label)),
      );
      for (const label of labels) {
        const others = map.get(label) ?? new Set<string>();
        for (const other of labels) if (other !== label) others.add(other);
        map.set(label, others);
      }
    }
  }
  return map;
}

const SYNONYMS = buildSynonyms();

/**
 * Meilisearch's `synonyms` setting, generated from every vocabulary: each label
 * and synonym of a term (lowercase) maps to all the others, so "人工智能", "ai" and
 * "artificial intelligence" find each other. Symmetric; a fresh copy each call.
 */
export function searchSynonyms(): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [label, others] of SYNONYMS) if (others.size > 0) result[label] = [...others].sort();
  return result;
}
