/** A value as a Meilisearch filter literal: numbers bare, strings quoted with `"` and `\` escaped. */
export const filterValue = (v: string | number): string => (typeof v === "number" ? String(v) : `"${v.replace(/["\\]/g, "\\$&")}"`);

/** `field IN [a, b, …]`; callers leave the condition out when there is nothing to match. */
export const inList = (field: string, values: readonly (string | number)[]): string => `${field} IN [${values.map(filterValue).join(", ")}]`;
