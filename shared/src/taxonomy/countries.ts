import { z } from "zod";
import { ASIA_AFRICA_OCEANIA_COUNTRIES } from "./countries-asia-africa-oceania.js";
import { EUROPE_AMERICAS_COUNTRIES } from "./countries-europe-americas.js";
import type { RegionId } from "./regions.js";
import type { CountryEntry, Lang } from "./types.js";

const COUNTRY_DATA = [...EUROPE_AMERICAS_COUNTRIES, ...ASIA_AFRICA_OCEANIA_COUNTRIES] as const;

type CodesOf<T extends readonly { readonly code: string }[]> = {
  readonly [K in keyof T]: T[K] extends { readonly code: infer C extends string } ? C : never;
};

/** ISO 3166-1 alpha-2 codes of the countries Parklink knows, in the order of COUNTRY_LIST. */
export const COUNTRY_CODES = COUNTRY_DATA.map((country) => country.code) as unknown as CodesOf<typeof COUNTRY_DATA>;
export type CountryCode = (typeof COUNTRY_CODES)[number];
export const CountryCodeSchema = z.enum(COUNTRY_CODES);

export type Country = CountryEntry<CountryCode>;

/** Every country, grouped by region. */
export const COUNTRY_LIST: readonly Country[] = COUNTRY_DATA;

/** Country by ISO code. */
export const COUNTRIES: Readonly<Record<CountryCode, Country>> = Object.fromEntries(
  COUNTRY_LIST.map((country) => [country.code, country]),
) as Record<CountryCode, Country>;

const BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRY_LIST.map((country) => [country.code, country]));

/** Case-insensitive: "fr" and "FR" both give France. */
export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

export function countryRegion(code: string): RegionId | undefined {
  return countryByCode(code)?.region;
}

/** The country's name in `lang`; an unknown code is shown as itself. */
export function countryName(code: string, lang: Lang): string {
  return countryByCode(code)?.[lang] ?? code;
}
