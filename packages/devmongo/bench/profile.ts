/** The benchmarks' organisation-like documents (~900 bytes) and their indexes. */
export const KINDS = ["park", "enterprise", "investor", "institution"];
export const COUNTRIES = ["CN", "FR", "DE", "ES", "IT", "KR", "JP", "BR", "US", "GB", "IN", "SG"];

export type Profile = {
  _id: number;
  kind: string;
  country: string;
  status: string;
  name: { en: string; zh: string };
  industries: string[];
  description: string;
  updatedAt: Date;
  views: number;
};

export function profile(i: number): Profile {
  return {
    _id: i,
    kind: KINDS[i % KINDS.length],
    country: COUNTRIES[i % COUNTRIES.length],
    status: i % 10 === 0 ? "pending" : "approved",
    name: { en: `Organization ${i}`, zh: `组织 ${i}` },
    industries: [`ind${i % 37}`, `ind${(i * 7) % 37}`, `ind${(i * 13) % 37}`],
    description: `Profile ${i}: `.padEnd(600, "lorem ipsum dolor sit amet "),
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000),
    views: 0,
  };
}

/** A search index, a date index and a status + date index, as the product's lists have. */
export const INDEXES: Record<string, 1 | -1>[] = [{ kind: 1, country: 1, status: 1 }, { updatedAt: -1 }, { status: 1, updatedAt: -1 }];
