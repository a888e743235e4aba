/**
 * OpenAPI (JSON Schema) patterns are ECMA-262 regular expressions without flags. The
 * generator writes a zod regex as its `toString()` minus the outer slashes, so a flagged
 * regex such as /^[a-f0-9]{24}$/i comes out as "^[a-f0-9]{24}$/i", which matches nothing.
 * These helpers turn such a pattern into a flagless one that accepts the same strings.
 */

const FLAGGED = /^(.*)\/([dgimsuvy]+)$/s;

const otherCase = (c: string) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

/** The same expression, case-insensitive by spelling both cases of every letter out. */
export function caseInsensitiveSource(source: string): string {
  let out = "";
  let inClass = false;
  let classExtra = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      // An escape (\d, \u00e9, \.) is kept as it is, with the character it escapes.
      out += c + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") {
        out += classExtra + c;
        inClass = false;
        continue;
      }
      if (source[i + 1] === "-" && source[i + 2] && source[i + 2] !== "]") {
        const to = source[i + 2];
        if (isLetter(c) && isLetter(to)) classExtra += `${otherCase(c)}-${otherCase(to)}`;
        out += `${c}-${to}`;
        i += 2;
        continue;
      }
      if (isLetter(c)) classExtra += otherCase(c);
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      classExtra = "";
      out += c;
      if (source[i + 1] === "^") {
        out += "^";
        i++;
      }
      continue;
    }
    out += isLetter(c) ? `[${c}${otherCase(c)}]` : c;
  }
  return out;
}

/** A pattern as the generator wrote it → a flagless pattern with the regex's meaning. */
export function portablePattern(pattern: string): string {
  const flagged = FLAGGED.exec(pattern);
  if (!flagged) return pattern;
  const [, source, flags] = flagged;
  try {
    new RegExp(source, flags);
  } catch {
    return pattern;
  }
  if (/[ms]/.test(flags)) throw new Error(`OpenAPI cannot express the regex flags "${flags}" of /${source}/`);
  return flags.includes("i") ? caseInsensitiveSource(source) : source;
}

/** Rewrites every `pattern` in a generated document in place. */
export function fixPatterns(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) fixPatterns(item);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === "pattern" && typeof value === "string") record[key] = portablePattern(value);
    else fixPatterns(value);
  }
}
