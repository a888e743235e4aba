import { COOPERATION_TYPES } from "./cooperation.js";
import { COUNTRY_LIST, type CountryCode } from "./countries.js";
import { COMPANY_SIZES, ENTERPRISE_SEEKS, IP_STATUSES, TRANSFER_MODES } from "./enterprise.js";
import { INDUSTRIES } from "./industries.js";
import { INSTITUTION_TYPES, INVESTMENT_STAGES, INVESTOR_TYPES } from "./investment.js";
import { LANGUAGES } from "./languages.js";
import { MANAGEMENT_TYPES, ORG_KIND_TERMS, PARK_SERVICES, PARK_STAGES } from "./organizations.js";
import { REGIONS } from "./regions.js";
import type { Lang, Term } from "./types.js";

/** Countries seen as terms: the id is the ISO code. */
export const COUNTRY_TERMS: readonly Term<CountryCode>[] = COUNTRY_LIST.map((country) => ({
  id: country.code,
  en: country.en,
  zh: country.zh,
  ...(country.synonyms ? { synonyms: country.synonyms } : {}),
}));

/** Every vocabulary by name, in the order findTerms reports ties. */
export const VOCABULARIES = {
  industry: INDUSTRIES,
  cooperationType: COOPERATION_TYPES,
  region: REGIONS,
  country: COUNTRY_TERMS,
  orgKind: ORG_KIND_TERMS,
  managementType: MANAGEMENT_TYPES,
  parkStage: PARK_STAGES,
  parkService: PARK_SERVICES,
  investorType: INVESTOR_TYPES,
  investmentStage: INVESTMENT_STAGES,
  institutionType: INSTITUTION_TYPES,
  companySize: COMPANY_SIZES,
  enterpriseSeek: ENTERPRISE_SEEKS,
  ipStatus: IP_STATUSES,
  transferMode: TRANSFER_MODES,
  language: LANGUAGES,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
export type TermIdOf<V extends VocabularyName> = (typeof VOCABULARIES)[V][number]["id"];

export const VOCABULARY_NAMES = Object.keys(VOCABULARIES) as VocabularyName[];

const BY_ID: ReadonlyMap<VocabularyName, ReadonlyMap<string, Term>> = new Map(
  VOCABULARY_NAMES.map((name) => [
    name,
    new Map<string, Term>(VOCABULARIES[name].map((term: Term) => [term.id, term])),
  ]),
);

export function getTerm<V extends VocabularyName>(vocab: V, id: TermIdOf<V>): Term<TermIdOf<V>> | undefined {
  return BY_ID.get(vocab)?.get(id) as Term<TermIdOf<V>> | undefined;
}

/** The term's label in `lang`; an unknown id (e.g. from old data) is shown as itself. */
export function termLabel<V extends VocabularyName>(vocab: V, id: TermIdOf<V>, lang: Lang): string {
  return getTerm(vocab, id)?.[lang] ?? id;
}
