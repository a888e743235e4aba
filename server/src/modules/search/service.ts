import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchFilters, type SearchQuery, type SearchResult } from "@parklink/shared";
import { isMeiliOutage, meiliApiError } from "../../infra/meili-http.js";
import type { AppDeps } from "../../deps.js";
import { serviceUnavailable } from "../../http/errors.js";
import { DIRECTORY_INDEX, type DirectoryDocument } from "./documents.js";
import { FACETS } from "./settings.js";
import { searchDuration, timed } from "../../infra/metrics.js";
import { inList } from "./filters.js";

const anyOf = (field: string, values: readonly (string | number)[] | undefined) => (values && values.length ? inList(field, values) : undefined);

/** Meilisearch filter expressions for a search: always only listed, unexpired records. */
export function filterExpressions(filters: SearchFilters, now = new Date()): string[] {
  const parts = [
    `expiresAt > ${Math.floor(now.getTime() / 1000)}`,
    anyOf("kind", filters.kind),
    anyOf("country", filters.country),
    anyOf("region", filters.region),
    anyOf("industries", filters.industry),
    anyOf("cooperationTypes", filters.cooperation),
    anyOf("stage", filters.stage),
  ];
  // A TRL range matches offers whose TRL is in it (organizations and requests have none).
  if (filters.trlMin !== undefined) parts.push(`trl >= ${filters.trlMin}`);
  if (filters.trlMax !== undefined) parts.push(`trl <= ${filters.trlMax}`);
  return parts.filter((p): p is string => Boolean(p));
}

const SORTS: Record<SearchQuery["sort"], string[] | undefined> = {
  relevance: undefined,
  newest: ["updatedAt:desc"],
  name: ["title_en:asc"],
};

type Formatted = Partial<Record<keyof DirectoryDocument, string>>;

export async function search(deps: AppDeps, query: SearchQuery): Promise<SearchResult> {
  const client = deps.search.client;
  if (!client) throw serviceUnavailable("search_unavailable", "Search is not available right now; browse the directory instead");
  try {
    const res = await timed(searchDuration, () => client.index<DirectoryDocument>(deps.search.indexName(DIRECTORY_INDEX)).search(query.q, {
      filter: filterExpressions(query),
      facets: [...FACETS],
      sort: SORTS[query.sort],
      hitsPerPage: query.pageSize,
      page: query.page,
      attributesToHighlight: ["title_en", "title_local"],
      attributesToCrop: ["text_en", "text_local"],
      cropLength: 30,
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      showRankingScore: true,
    }));
    return {
      hits: res.hits.map((hit) => {
        const f = (hit._formatted ?? {}) as Formatted;
        return {
          id: hit.id,
          entity: hit.entity,
          kind: hit.kind as SearchResult["hits"][number]["kind"],
          entityId: hit.entityId,
          orgId: hit.orgId,
          orgName: { en: hit.orgName_en, ...(hit.orgName_local ? { local: hit.orgName_local } : {}) },
          title: { en: hit.title_en, ...(hit.title_local ? { local: hit.title_local } : {}) },
          highlight: {
            title: f.title_en ?? hit.title_en,
            ...(hit.title_local ? { titleLocal: f.title_local ?? hit.title_local } : {}),
            snippet: f.text_en ?? hit.text_en,
            ...(hit.text_local ? { snippetLocal: f.text_local ?? hit.text_local } : {}),
          },
          country: hit.country,
          region: hit.region,
          industries: hit.industries,
          cooperationTypes: hit.cooperationTypes,
          ...(hit.trl !== undefined ? { trl: hit.trl } : {}),
          stage: hit.stage,
          ...(hit._rankingScore !== undefined ? { score: hit._rankingScore } : {}),
        };
      }),
      total: res.totalHits ?? 0,
      page: query.page,
      pageSize: query.pageSize,
      facets: res.facetDistribution ?? {},
      processingTimeMs: res.processingTimeMs,
    };
  } catch (err) {
    const apiError = meiliApiError(err);
    if (apiError?.cause?.code === "index_not_found") {
      return { hits: [], total: 0, page: query.page, pageSize: query.pageSize, facets: {}, processingTimeMs: 0 };
    }
    if (isMeiliOutage(err)) {
      throw serviceUnavailable("search_unavailable", "Search is not available right now; browse the directory instead");
    }
    throw apiError ?? err;
  }
}
