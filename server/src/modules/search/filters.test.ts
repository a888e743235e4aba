import { describe, expect, it } from "vitest";
import { filterValue, inList } from "./filters.js";

describe("Meilisearch filter literals", () => {
  it("when a value holds quotes or backslashes, then they are escaped so it stays one value", () => {
    expect(filterValue('Park "A" \\ B')).toBe('"Park \\"A\\" \\\\ B"');
    expect(filterValue(7)).toBe("7");
    expect(inList("country", ["FR", 'x" OR kind = "park'])).toBe('country IN ["FR", "x\\" OR kind = \\"park"]');
  });
});
