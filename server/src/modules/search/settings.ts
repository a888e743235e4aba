import type { Settings } from "meilisearch";
import { searchSynonyms } from "@parklink/shared";

export const FACETS = ["kind", "country", "region", "industries", "cooperationTypes", "trl", "stage"] as const;

/**
 * Words that say nothing about a partner. A query such as "sister park in Europe with
 * joint offices" would otherwise match nearly every profile on "in" and "with", and
 * Meilisearch would rank all of them; without them only the telling words count. The
 * same goes for the phrasing of a request itself ("seeking … partners in the … field").
 */
export const STOP_WORDS = [
  "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or",
  "our", "the", "their", "to", "we", "with", "who", "that", "this", "which", "will", "can",
  "seek", "seeks", "seeking", "looking",
  "的", "和", "与", "及", "在", "为", "对", "等", "了", "是",
  "寻找", "寻求", "领域",
];

/** Index settings, applied before any (re)index. Synonyms come from the shared taxonomy. */
export function directorySettings(): Settings {
  return {
    searchableAttributes: [
      "title_en",
      "title_local",
      "orgName_en",
      "orgName_local",
      "industryLabels",
      "cooperationLabels",
      "text_en",
      "text_local",
      "conceptTerms",
      "city",
    ],
    // Only what a filter or sort uses: each filterable or sortable attribute is indexing work on every write.
    filterableAttributes: [...FACETS, "id", "orgId", "targetRegions", "trlMin", "trlMax", "expiresAt", "updatedAt", "concepts"],
    sortableAttributes: ["updatedAt", "title_en"],
    displayedAttributes: ["*"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "updatedAt:desc"],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    synonyms: searchSynonyms(),
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
    // Nobody searches inside facet values, and word proximity within an attribute is all the
    // ranking needs: both spare a large share of the indexing work on every write and reindex.
    facetSearch: false,
    stopWords: STOP_WORDS,
    proximityPrecision: "byAttribute",
    pagination: { maxTotalHits: 5000 },
  };
}
