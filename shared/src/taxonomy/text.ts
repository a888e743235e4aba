// Text normalisation shared by the term lookup and the search synonyms.

const PUNCTUATION = /[-‐‑‒–—_/\\.,;:!?()[\]{}"'‘’“”·・、。《》〈〉「」『』【】~*|#]+/g;

/** Full-width → half-width, compatibility forms folded (NFKC), whitespace collapsed. */
export function foldWidth(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/**
 * The form two strings are compared in: width-folded, lowercased, "&" read as
 * "and", punctuation as a space ("Co-branding" = "co branding", "S&T" = "s and t").
 */
export function normalizeTerm(text: string, keepCase = false): string {
  const folded = foldWidth(text);
  const cased = keepCase ? folded : folded.toLowerCase();
  return cased.replace(/&/g, " and ").replace(PUNCTUATION, " ").replace(/\s+/g, " ").trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Short synonyms that are also everyday English words ("IT", "US"): in running
 * text they only match when written in capitals, and they are left out of the
 * search-engine synonyms so that "it" in a query does not expand to ICT.
 */
export const AMBIGUOUS_WORDS: ReadonlySet<string> = new Set([
  "it", "us", "in", "am", "as", "is", "or", "no", "me", "be", "do", "go", "at", "an", "on", "to",
]);
