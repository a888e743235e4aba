/** Dotted-path access on documents (multikey expansion for indexes and sorting). */
import { type Doc, EMPTY_ARRAY, isDoc } from "./values.js";

/**
 * All values reachable through a dotted path, expanding arrays like mongod's
 * multikey indexes do. Missing values are reported as `undefined`.
 */
export function pathValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split("."), 0, out);
  return out;
}

function collect(cur: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(cur)) {
      if (cur.length === 0) out.push(EMPTY_ARRAY);
      else for (const e of cur) out.push(e);
    } else out.push(cur);
    return;
  }
  if (Array.isArray(cur)) {
    const before = out.length;
    const part = parts[i];
    if (/^\d+$/.test(part) && Number(part) < cur.length) collect(cur[Number(part)], parts, i + 1, out);
    for (const e of cur) if (isDoc(e)) collect(e, parts, i, out);
    if (out.length === before) out.push(undefined);
    return;
  }
  if (isDoc(cur)) collect(cur[parts[i]], parts, i + 1, out);
  else out.push(undefined);
}

/** Value at a dotted path without array expansion (for building documents). */
export function getPath(doc: Doc, path: string): unknown {
  let cur: unknown = doc;
  for (const p of path.split(".")) {
    if (isDoc(cur)) cur = cur[p];
    else if (Array.isArray(cur) && /^\d+$/.test(p)) cur = cur[Number(p)];
    else return undefined;
  }
  return cur;
}

export function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split(".");
  let cur: Doc = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const next = cur[parts[i]];
    if (isDoc(next)) cur = next;
    else {
      const created: Doc = {};
      cur[parts[i]] = created;
      cur = created;
    }
  }
  cur[parts[parts.length - 1]] = value;
}
