// The bilingual domain glossary: technical terms of every industry of the taxonomy, in
// English and Chinese with their synonyms, and the lookup that maps text in either
// language to concept ids. See README ("Relevance across languages").
import { AGRI_ENV_GLOSSARY } from "./data/agri-env.js";
import { BUILT_GLOSSARY } from "./data/built.js";
import { DIGITAL_GLOSSARY } from "./data/digital.js";
import { ELECTRONICS_GLOSSARY } from "./data/electronics.js";
import { ENERGY_GLOSSARY } from "./data/energy.js";
import { LIFE_GLOSSARY } from "./data/life.js";
import { MANUFACTURING_GLOSSARY } from "./data/manufacturing.js";
import { MATERIALS_GLOSSARY } from "./data/materials.js";
import { MORE_GLOSSARY } from "./data/more.js";
import { SERVICES_GLOSSARY } from "./data/services.js";
import { buildIndex, findConceptIndexes } from "./match.js";
import { parseGlossary } from "./parse.js";
import type { Concept, GlossaryData } from "./types.js";

export type { Concept, GlossaryData } from "./types.js";
export { parseGlossary, conceptSlug } from "./parse.js";
export { stem } from "./match.js";

export const GLOSSARY_DATA: readonly GlossaryData[] = [
  DIGITAL_GLOSSARY,
  ELECTRONICS_GLOSSARY,
  MATERIALS_GLOSSARY,
  ENERGY_GLOSSARY,
  MANUFACTURING_GLOSSARY,
  BUILT_GLOSSARY,
  LIFE_GLOSSARY,
  AGRI_ENV_GLOSSARY,
  SERVICES_GLOSSARY,
  MORE_GLOSSARY,
];

let cache: { concepts: Concept[]; byId: Map<string, Concept>; index: ReturnType<typeof buildIndex> } | undefined;
function glossary() {
  if (!cache) {
    const concepts = GLOSSARY_DATA.flatMap(parseGlossary);
    cache = { concepts, byId: new Map(concepts.map((c) => [c.id, c])), index: buildIndex(concepts) };
  }
  return cache;
}

/** Every concept of the glossary. */
export const glossaryConcepts = (): readonly Concept[] => glossary().concepts;

export const conceptById = (id: string): Concept | undefined => glossary().byId.get(id);

/** Ids of the concepts a text in English, Chinese or both mentions, in order of first mention. */
export function findConcepts(text: string): string[] {
  const g = glossary();
  return findConceptIndexes(g.index, text).map((i) => g.concepts[i].id);
}

/** A concept's name in a language ("zh": 固态电池, "en": solid-state battery). */
export function conceptLabel(id: string, lang: "en" | "zh"): string {
  const c = conceptById(id);
  return c ? (lang === "zh" ? c.zh : c.en) : id;
}

/** Both languages' forms of the concepts, for a searchable field: a query in one language finds text in the other. */
export function conceptTerms(ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    const c = conceptById(id);
    if (!c) continue;
    out.add(c.en);
    out.add(c.zh);
  }
  return [...out];
}
