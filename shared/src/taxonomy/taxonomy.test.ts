import { describe, expect, it } from "vitest";
import {
  COOPERATION_TYPES,
  COUNTRY_CODES,
  COUNTRY_LIST,
  INDUSTRIES,
  INDUSTRY_IDS,
  IndustryIdSchema,
  PARTNER_KIND_IDS,
  REGION_IDS,
  VOCABULARIES,
  VOCABULARY_NAMES,
  bestIndustryOverlap,
  countryName,
  countryRegion,
  findTerms,
  industryRelation,
  industrySimilarity,
  resolveIndustry,
  searchSynonyms,
  termLabel,
  type TermMatch,
} from "./index.js";

const CJK = /[\u3400-\u9fff]/;
const has = (matches: TermMatch[], vocabulary: string, id: string): boolean =>
  matches.some((m) => m.vocabulary === vocabulary && m.id === id);

describe("vocabularies", () => {
  it.each(VOCABULARY_NAMES)("when the %s vocabulary is listed, then its ids are unique", (name) => {
    const ids = VOCABULARIES[name].map((term) => term.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(VOCABULARY_NAMES)("when a %s term is read, then it has an English and a Chinese label", (name) => {
    for (const term of VOCABULARIES[name]) {
      expect(term.en.trim(), term.id).not.toBe("");
      expect(term.en, term.id).not.toMatch(CJK);
      expect(term.zh, term.id).toMatch(CJK);
    }
  });

  it("when an industry names a parent, then the parent exists and is a top-level sector", () => {
    const byId = new Map(INDUSTRIES.map((term) => [term.id, term]));
    const children = INDUSTRIES.filter((term) => term.parent);
    expect(children.length).toBeGreaterThan(20);
    for (const child of children) {
      const parent = byId.get(child.parent!);
      expect(parent, child.id).toBeDefined();
      expect(parent?.parent, child.id).toBeUndefined();
    }
    expect(INDUSTRIES.length).toBeGreaterThanOrEqual(35);
    expect(INDUSTRIES.length).toBeLessThanOrEqual(50);
  });

  it.each([
    ["IT & ICT", "ict"], ["electronics & control systems", "electronics"], ["AI", "ai"],
    ["big data & cloud", "big-data-cloud"], ["IoT", "iot"], ["digital economy", "digital-economy"],
    ["biomedicine & pharmaceuticals", "biomedicine"], ["medical engineering", "medical-engineering"],
    ["food & medicinal industries", "food-medicinal"], ["materials & metallurgy", "new-materials"],
    ["nanotechnology", "nanotechnology"], ["new energy", "new-energy"], ["advanced manufacturing", "advanced-manufacturing"],
    ["mechatronics", "mechatronics"], ["additive manufacturing", "additive-manufacturing"],
    ["construction & geotechnics", "construction"], ["marine industry", "marine"], ["art & tourism", "creative-industries"],
    ["management & economics services", "business-services"],
  ])("when the DOMAIN.md sector %s is resolved, then it gives %s", (text, id) => {
    expect(resolveIndustry(text)).toBe(id);
  });

  it.each([
    ["人工智能", "ai"], ["生物医药", "biomedicine"], ["新能源", "new-energy"], ["新材料", "new-materials"],
    ["高端装备制造", "advanced-manufacturing"], ["集成电路", "semiconductors"], ["数字经济", "digital-economy"],
    ["物联网", "iot"], ["大数据", "big-data-cloud"], ["云计算", "big-data-cloud"],
  ])("when the standard Chinese term %s is resolved, then it gives %s", (text, id) => {
    expect(resolveIndustry(text)).toBe(id);
  });

  it("when every country is checked, then its code is ISO-shaped and its region exists", () => {
    expect(COUNTRY_LIST.length).toBeGreaterThanOrEqual(120);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    for (const country of COUNTRY_LIST) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(REGION_IDS, country.code).toContain(country.region);
    }
    expect(new Set(COUNTRY_LIST.map((c) => c.region))).toEqual(new Set(REGION_IDS));
  });

  it("when the countries of the documents are looked up, then each is present", () => {
    const required = "US FR GB JP KR SG CN MY TH ID BR IN PL LT IR OM PT PK HU DE IT ES NL SE FI RU KZ UZ EG ZA KE NG MA AU NZ CA MX AR CL VN PH AE SA TR IL BY UA CZ RO BG RS GR";
    for (const code of required.split(" ")) expect(COUNTRY_CODES, code).toContain(code);
  });

  it("when cooperation types are read, then partner kinds are known and only sister/dual parks are cross-border", () => {
    for (const type of COOPERATION_TYPES) {
      expect(type.partnerKinds.length, type.id).toBeGreaterThan(0);
      for (const kind of type.partnerKinds) expect(PARTNER_KIND_IDS).toContain(kind);
    }
    expect(COOPERATION_TYPES.filter((t) => t.crossBorder).map((t) => t.id)).toEqual(["sister-park", "dual-park"]);
    expect(COOPERATION_TYPES.find((t) => t.id === "technology-transfer")?.partnerKinds).toContain("offer");
  });

  it("when the industry zod enum parses, then known ids pass and unknown ones fail", () => {
    expect(IndustryIdSchema.parse("biomedicine")).toBe("biomedicine");
    expect(IndustryIdSchema.safeParse("Biomedicine").success).toBe(false);
    expect(IndustryIdSchema.options).toEqual([...INDUSTRY_IDS]);
  });
});

describe("labels and countries", () => {
  it("when a label is asked for, then it comes in the asked language", () => {
    expect(termLabel("industry", "ai", "zh")).toBe("人工智能");
    expect(termLabel("cooperationType", "sister-park", "en")).toBe("Sister parks");
    expect(termLabel("country", "MY", "zh")).toBe("马来西亚");
  });

  it("when a country code is given in any case, then its region and names are found", () => {
    expect(countryRegion("MY")).toBe("southeast-asia");
    expect(countryRegion("fr")).toBe("western-europe");
    expect(countryRegion("IR")).toBe("central-west-asia");
    expect(countryName("CN", "zh")).toBe("中国");
    expect(countryName("lt", "en")).toBe("Lithuania");
  });

  it("when a country code is unknown, then the region is undefined and the name is the code", () => {
    expect(countryRegion("XX")).toBeUndefined();
    expect(countryName("XX", "en")).toBe("XX");
  });
});

describe("findTerms", () => {
  it("when the text is a Chinese label, then the term is found", () => {
    expect(findTerms("人工智能")).toEqual([{ vocabulary: "industry", id: "ai" }]);
    expect(has(findTerms("生物医药"), "industry", "biomedicine")).toBe(true);
  });

  it("when the text is an English synonym in any case or width, then the term is found", () => {
    expect(has(findTerms("Artificial INTELLIGENCE"), "industry", "ai")).toBe(true);
    expect(has(findTerms("ＡＩ"), "industry", "ai")).toBe(true);
    expect(has(findTerms("information technology"), "industry", "ict")).toBe(true);
  });

  it("when a Chinese sentence names terms, then each is found by substring", () => {
    const found = findTerms("寻找东盟的双园合作伙伴");
    expect(has(found, "region", "southeast-asia")).toBe(true);
    expect(has(found, "cooperationType", "dual-park")).toBe(true);
  });

  it("when an English sentence names terms, then whole words and plurals are found", () => {
    const found = findTerms("Find a sister park in Europe for our robots");
    expect(has(found, "cooperationType", "sister-park")).toBe(true);
    expect(has(found, "region", "western-europe")).toBe(true);
    expect(has(found, "region", "central-eastern-europe")).toBe(true);
    expect(has(found, "industry", "robotics")).toBe(true);
  });

  it("when a label only occurs inside a longer word, then it is not found", () => {
    expect(has(findTerms("We maintain the brain trust"), "industry", "ai")).toBe(false);
  });

  it("when two labels overlap, then the longer one wins", () => {
    expect(findTerms("新能源汽车")).toEqual([{ vocabulary: "industry", id: "new-energy-vehicles" }]);
    expect(findTerms("中东欧")).toEqual([{ vocabulary: "region", id: "central-eastern-europe" }]);
    expect(findTerms("马来西亚")).toEqual([{ vocabulary: "country", id: "MY" }]);
  });

  it("when 'it' is an ordinary word in a sentence, then ICT is not found, but capital IT is", () => {
    expect(findTerms("we need it fast")).toEqual([]);
    expect(has(findTerms("looking for IT partners"), "industry", "ict")).toBe(true);
  });

  it("when mixed text is given, then terms come in order of appearance", () => {
    expect(findTerms("马来西亚人工智能 and biomedicine").slice(0, 3)).toEqual([
      { vocabulary: "country", id: "MY" },
      { vocabulary: "industry", id: "ai" },
      { vocabulary: "industry", id: "biomedicine" },
    ]);
  });

  it("when the text is blank or unknown, then nothing is found", () => {
    expect(findTerms("   ")).toEqual([]);
    expect(findTerms("Asia-Pacific")).toEqual([]);
  });
});

describe("resolveIndustry", () => {
  it("when given an id, a label, a synonym or a phrase, then the industry id is returned", () => {
    expect(resolveIndustry("medical-engineering")).toBe("medical-engineering");
    expect(resolveIndustry("ICT")).toBe("ict");
    expect(resolveIndustry("生物医药产业")).toBe("biomedicine");
    expect(resolveIndustry("a park focused on 3D printing")).toBe("additive-manufacturing");
  });

  it("when nothing in the text is an industry, then undefined is returned", () => {
    expect(resolveIndustry("sister park")).toBeUndefined();
  });
});

describe("industry relations", () => {
  it.each([
    ["ai", "ai", "same"],
    ["biomedicine", "medical-engineering", "parent"],
    ["medical-engineering", "biomedicine", "child"],
    ["ai", "iot", "sibling"],
    ["ai", "biomedicine", "none"],
    ["ict", "electronics", "none"],
    ["ai", "semiconductors", "none"],
  ] as const)("when %s is compared with %s, then the relation is %s", (a, b, relation) => {
    expect(industryRelation(a, b)).toBe(relation);
  });

  it("when similarity is asked for, then same 1, parent/child 0.7, sibling 0.4, none 0", () => {
    expect(industrySimilarity("ai", "ai")).toBe(1);
    expect(industrySimilarity("ict", "ai")).toBe(0.7);
    expect(industrySimilarity("ai", "ict")).toBe(0.7);
    expect(industrySimilarity("solar", "hydrogen")).toBe(0.4);
    expect(industrySimilarity("solar", "ai")).toBe(0);
  });

  it("when wanted and offered industries overlap, then each wanted one takes its best match and scores average", () => {
    expect(bestIndustryOverlap(["biomedicine", "ai"], ["robotics", "biomedicine"])).toEqual({
      score: 0.5,
      pairs: [{ wanted: "biomedicine", offered: "biomedicine", relation: "same" }],
    });
    expect(bestIndustryOverlap(["medical-engineering"], ["traditional-medicine", "biomedicine"])).toEqual({
      score: 0.7,
      pairs: [{ wanted: "medical-engineering", offered: "biomedicine", relation: "child" }],
    });
  });

  it("when either side is empty or wanted repeats, then the score stays in 0..1", () => {
    expect(bestIndustryOverlap([], ["ai"])).toEqual({ score: 0, pairs: [] });
    expect(bestIndustryOverlap(["ai"], [])).toEqual({ score: 0, pairs: [] });
    expect(bestIndustryOverlap(["ai", "ai"], ["ai"]).score).toBe(1);
  });
});

describe("searchSynonyms", () => {
  const synonyms = searchSynonyms();

  it("when a Chinese industry is searched, then its English labels are synonyms and back", () => {
    expect(synonyms["人工智能"]).toEqual(expect.arrayContaining(["ai", "artificial intelligence"]));
    expect(synonyms["ai"]).toContain("人工智能");
    expect(synonyms["artificial intelligence"]).toEqual(expect.arrayContaining(["ai", "人工智能"]));
    expect(synonyms["biomedicine"]).toContain("生物医药");
    expect(synonyms["生物医药"]).toContain("biomedicine");
    expect(synonyms["ict"]).toContain("information technology");
    expect(synonyms["information technology"]).toContain("ict");
    expect(synonyms["马来西亚"]).toContain("malaysia");
  });

  it("when any entry maps a to b, then b maps back to a", () => {
    const oneWay = Object.entries(synonyms).flatMap(([key, values]) =>
      values.filter((value) => !synonyms[value]?.includes(key)).map((value) => `${key} → ${value}`),
    );
    expect(oneWay).toEqual([]);
  });

  it("when the map is built, then keys are lowercase, never their own synonym, and fewer than 5,000", () => {
    const keys = Object.keys(synonyms);
    expect(keys.length).toBeGreaterThan(500);
    expect(keys.length).toBeLessThan(5000);
    for (const key of keys) {
      expect(key).toBe(key.toLowerCase().trim());
      expect(synonyms[key]).not.toContain(key);
      expect(new Set(synonyms[key]).size).toBe(synonyms[key].length);
    }
  });

  it("when an everyday English word is a synonym ('IT', 'US'), then it is left out", () => {
    expect(synonyms["it"]).toBeUndefined();
    expect(synonyms["us"]).toBeUndefined();
    expect(synonyms["ict"]).not.toContain("it");
  });

  it("when a caller changes the returned map, then the next call is unaffected", () => {
    const first = searchSynonyms();
    first["ai"].push("changed");
    delete first["ict"];
    const second = searchSynonyms();
    expect(second["ai"]).not.toContain("changed");
    expect(second["ict"]).toBeDefined();
  });
});
