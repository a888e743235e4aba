import { describe, expect, it } from "vitest";
import { findConcepts } from "@parklink/shared";
import { conceptWeights, textRelevance } from "./text.js";
import { rankCandidates } from "./score.js";
import { NOW, offer, prep, request, requester } from "./fixtures.js";
import { DEFAULT_WEIGHTS } from "./weights.js";

// A Chinese-only request for solid-state battery electrolytes, and offers alike in every
// structured field: only the meaning of their texts tells them apart.
const zhRequest = request({
  type: "technology-transfer",
  partnerKinds: ["offer"],
  industries: ["energy-storage"],
  title: { en: "", local: "引进固态电池电解质技术" },
  concepts: findConcepts("引进固态电池电解质技术。希望获得硫化物固态电解质的专利许可，用于全固态电池中试线。"),
  requester: requester({ industries: ["energy-storage"] }),
});
const english = (id: string, text: string) => offer({ id, industries: ["energy-storage"], title: { en: text }, concepts: findConcepts(text) });
const electrolyte = english("offer-electrolyte", "Sulfide solid electrolyte for all-solid-state batteries, licence available");
const tracker = english("offer-tracker", "Single-axis solar tracker with low-cost controller, licence available");
const separator = english("offer-separator", "Ceramic-coated separator for lithium-ion batteries, licence available");

describe("text relevance through shared glossary concepts", () => {
  it("when a Chinese request and an English offer name the same technology, then the offer shares its concepts", () => {
    const r = textRelevance(prep(zhRequest), electrolyte, undefined);
    expect(r.facts.shared).toEqual(expect.arrayContaining(["energy-storage/sulfide-electrolyte", "energy-storage/solid-state-battery"]));
    expect(r.value).toBeGreaterThan(textRelevance(prep(zhRequest), tracker, undefined).value);
    expect(textRelevance(prep(zhRequest), tracker, undefined).value).toBe(0);
  });

  it("when a concept is common among the candidates, then it weighs less than a rare one", () => {
    const w = conceptWeights([electrolyte, separator, tracker], ["energy-storage/sulfide-electrolyte", "energy-storage/lithium-ion-battery"]);
    expect(w.get("energy-storage/sulfide-electrolyte")!).toBeGreaterThan(0);
    const common = conceptWeights([separator, separator, separator], ["energy-storage/lithium-ion-battery"]).get("energy-storage/lithium-ion-battery")!;
    const rare = conceptWeights([separator, tracker, tracker], ["energy-storage/lithium-ion-battery"]).get("energy-storage/lithium-ion-battery")!;
    expect(rare).toBeGreaterThan(common);
  });

  it("when only the text tells offers apart, then the Chinese request ranks the English offer of its technology first and says why in both languages", () => {
    const ranked = rankCandidates(zhRequest, [tracker, separator, electrolyte], { now: NOW, weights: DEFAULT_WEIGHTS });
    expect(ranked[0].candidateId).toBe("offer-electrolyte");
    const reason = ranked[0].reasons.find((x) => x.factor === "textRelevance");
    expect(reason?.zh).toMatch(/硫化物电解质|固态电池/);
    expect(reason?.en).toMatch(/sulfide electrolyte|solid-state battery/);
  });

  it("when an English request meets a Chinese-only offer, then the reverse holds too", () => {
    const enRequest = request({
      ...zhRequest,
      title: { en: "Licensing sulfide solid electrolytes" },
      concepts: findConcepts("Licensing sulfide solid electrolytes for all-solid-state batteries"),
    });
    const zhOffer = offer({ id: "offer-zh", industries: ["energy-storage"], title: { en: "", local: "硫化物固态电解质技术许可" }, concepts: findConcepts("硫化物固态电解质技术许可，适用于全固态电池") });
    const ranked = rankCandidates(enRequest, [tracker, separator, zhOffer], { now: NOW, weights: DEFAULT_WEIGHTS });
    expect(ranked[0].candidateId).toBe("offer-zh");
  });
});
