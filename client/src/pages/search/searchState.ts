/** The search as it lives in the URL (so back/forward and shared links restore it) and as the API takes it. */
import { withQuery } from "../../app/router";
import type { Query } from "../../api/http";

export const LIST_PARAMS = ["kind", "country", "region", "industry", "cooperation", "stage"] as const;
export type ListParam = (typeof LIST_PARAMS)[number];
export const SORTS = ["relevance", "newest", "name"] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Record<ListParam, string[]>;
  trlMin: string;
  trlMax: string;
  sort: Sort;
  page: number;
}

/** Which facet of the answer feeds which filter of the query. */
export const FACET_PARAM: Record<string, ListParam> = {
  kind: "kind",
  region: "region",
  country: "country",
  industries: "industry",
  cooperationTypes: "cooperation",
  stage: "stage",
};
export const FACET_ORDER = ["kind", "region", "country", "industries", "cooperationTypes", "stage"] as const;

const list = (v: string | null) => (v ? v.split(",").filter(Boolean) : []);
const trl = (v: string | null) => (v && /^[1-9]$/.test(v) ? v : "");

export function readState(query: URLSearchParams): SearchState {
  const filters = Object.fromEntries(LIST_PARAMS.map((p) => [p, list(query.get(p))])) as Record<ListParam, string[]>;
  const sort = query.get("sort");
  const page = Number(query.get("page"));
  return {
    q: query.get("q") ?? "",
    filters,
    trlMin: trl(query.get("trlMin")),
    trlMax: trl(query.get("trlMax")),
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as Sort) : "relevance",
    page: Number.isInteger(page) && page >= 1 && page <= 250 ? page : 1,
  };
}

export function stateUrl(s: SearchState): string {
  return withQuery("/search", {
    q: s.q.trim(),
    ...s.filters,
    trlMin: s.trlMin,
    trlMax: s.trlMax,
    sort: s.sort === "relevance" ? undefined : s.sort,
    page: s.page > 1 ? s.page : undefined,
  });
}

export function apiQuery(s: SearchState, pageSize: number): Query {
  return { q: s.q.trim(), ...s.filters, trlMin: s.trlMin, trlMax: s.trlMax, sort: s.sort, page: s.page, pageSize };
}

export const hasFilters = (s: SearchState) => LIST_PARAMS.some((p) => s.filters[p].length > 0) || Boolean(s.trlMin || s.trlMax);
