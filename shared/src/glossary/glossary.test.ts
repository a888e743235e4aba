import { describe, expect, it } from "vitest";
import { INDUSTRY_IDS } from "../taxonomy/industries.js";
import { conceptById, conceptLabel, conceptTerms, findConcepts, glossaryConcepts, parseGlossary, stem } from "./index.js";

const HAN = /\p{Script=Han}/u;

describe("the bilingual domain glossary", () => {
  const concepts = glossaryConcepts();

  it("holds at least 2,000 concepts, and every industry of the taxonomy has at least 30", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(2000);
    const counts = new Map<string, number>();
    for (const c of concepts) counts.set(c.industry, (counts.get(c.industry) ?? 0) + 1);
    for (const id of INDUSTRY_IDS) expect([id, counts.get(id) ?? 0]).toEqual([id, expect.toSatisfy((n: number) => n >= 30)]);
    expect([...counts.keys()].filter((k) => !(INDUSTRY_IDS as readonly string[]).includes(k))).toEqual([]);
  });

  it("has unique ids and unique English and Chinese primary forms", () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(concepts.map((c) => c.id))).toEqual([]);
    expect(dup(concepts.map((c) => c.en.toLowerCase()))).toEqual([]);
    expect(dup(concepts.map((c) => c.zh))).toEqual([]);
  });

  it("has no empty form; English forms hold no Chinese, Chinese forms hold Chinese", () => {
    for (const c of concepts) {
      expect(c.en.trim(), c.id).not.toBe("");
      expect(HAN.test(c.en), c.id).toBe(false);
      expect(HAN.test(c.zh), c.id).toBe(true);
      for (const s of c.synonyms) expect(s.trim(), c.id).not.toBe("");
    }
  });

  it("refuses a line without both languages", () => {
    expect(() => parseGlossary({ solar: "perovskite |  | x" })).toThrow(/English and a Chinese form/);
    expect(parseGlossary({ solar: "# comment\nperovskite | 钙钛矿 | perovskites; 钙钛矿材料\n" })).toEqual([
      { id: "solar/perovskite", industry: "solar", en: "perovskite", zh: "钙钛矿", synonyms: ["perovskites", "钙钛矿材料"] },
    ]);
  });

  it("maps a Chinese text and an English text about the same technology to the same concepts", () => {
    const zh = findConcepts("寻找硫化物固态电解质技术，用于全固态电池的中试");
    const en = findConcepts("We license sulfide solid electrolytes for all-solid-state batteries.");
    expect(zh).toEqual(expect.arrayContaining(["energy-storage/sulfide-electrolyte", "energy-storage/solid-state-battery"]));
    expect(en).toEqual(expect.arrayContaining(["energy-storage/sulfide-electrolyte", "energy-storage/solid-state-battery"]));
    expect(findConcepts("钙钛矿光伏组件")).toEqual(["solar/perovskite-solar-cell", "solar/solar-module"]);
    expect(findConcepts("perovskite-silicon tandem cells")[0]).toBe("solar/tandem-solar-cell");
  });

  it("matches short capital acronyms only in capitals, and phrases not across punctuation", () => {
    expect(findConcepts("a PEM stack")).toContain("hydrogen/proton-exchange-membrane");
    expect(findConcepts("a pem stack")).not.toContain("hydrogen/proton-exchange-membrane");
    expect(findConcepts("solid. state battery")).not.toContain("energy-storage/solid-state-battery");
  });

  it("stems plurals lightly and names concepts in either language", () => {
    expect([stem("batteries"), stem("cells"), stem("glass"), stem("process")]).toEqual(["battery", "cell", "glass", "process"]);
    expect(conceptLabel("energy-storage/solid-state-battery", "zh")).toBe("固态电池");
    expect(conceptLabel("energy-storage/solid-state-battery", "en")).toBe("solid-state battery");
    expect(conceptTerms(["solar/photovoltaic"])).toEqual(["photovoltaic", "光伏"]);
    expect(conceptById("nope")).toBeUndefined();
  });
});
