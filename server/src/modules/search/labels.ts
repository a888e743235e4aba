import { COOPERATION_TYPES, INDUSTRIES, type Term } from "@parklink/shared";

function labelMap(terms: readonly Term[], withParent: boolean): Map<string, string[]> {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const map = new Map<string, string[]>();
  for (const term of terms) {
    // A term's other names need not be indexed: the index's synonyms (from the same taxonomy) expand a query to them.
    const labels = [term.en, term.zh];
    const parent = withParent && term.parent ? byId.get(term.parent) : undefined;
    if (parent) labels.push(parent.en, parent.zh);
    map.set(term.id, [...new Set(labels)]);
  }
  return map;
}

const maps = {
  industry: labelMap(INDUSTRIES, true),
  cooperation: labelMap(COOPERATION_TYPES, false),
};

/** The labels of the given terms in both languages (and an industry's parent's), for full-text search. */
export function termLabels(vocabulary: keyof typeof maps, ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) for (const label of maps[vocabulary].get(id) ?? []) out.add(label);
  return [...out];
}
