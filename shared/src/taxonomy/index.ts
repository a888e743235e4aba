// Parklink's one bilingual taxonomy: controlled vocabularies (en/zh) and pure lookups.
// Some names differ from the plain pattern on purpose: ORG_KINDS, OrgKind and
// PartnerKind are already exported by schemas/, so here they are ORG_KIND_TERMS,
// OrgKindId and PartnerKindId.
export * from "./types.js";
export { foldWidth, normalizeTerm } from "./text.js";
export * from "./industries.js";
export * from "./regions.js";
export * from "./countries.js";
export * from "./organizations.js";
export * from "./cooperation.js";
export * from "./investment.js";
export * from "./enterprise.js";
export * from "./languages.js";
export * from "./vocabularies.js";
export * from "./find.js";
export * from "./search-synonyms.js";
