import type { RegionId } from "./regions.js";

/** The two languages every Parklink term is labelled in. */
export type Lang = "en" | "zh";

/** One entry of a controlled vocabulary, labelled in English and Chinese. */
export interface Term<Id extends string = string> {
  /** Stable slug stored in profiles and requests; never rename. */
  readonly id: Id;
  readonly en: string;
  readonly zh: string;
  /** Alternates in either language: abbreviations, older names, common phrasings. */
  readonly synonyms?: readonly string[];
  /** Id of the parent term (industries only). */
  readonly parent?: string;
}

type IdOf<T> = T extends { readonly id: infer I extends string } ? I : never;

/** The ids of a const tuple of terms, as a tuple of literals (usable by `z.enum`). */
export type IdsOf<T extends readonly { readonly id: string }[]> = {
  readonly [K in keyof T]: IdOf<T[K]>;
};

type NonEmpty<T> = readonly [T, ...T[]];

export function idsOf<const T extends NonEmpty<{ readonly id: string }>>(terms: T): IdsOf<T> {
  return terms.map((term) => term.id) as unknown as IdsOf<T>;
}

/** A country as stored in profiles: ISO 3166-1 alpha-2 code, names, CISIP region. */
export interface CountryEntry<Code extends string = string> {
  readonly code: Code;
  readonly en: string;
  readonly zh: string;
  readonly region: RegionId;
  readonly synonyms?: readonly string[];
}
