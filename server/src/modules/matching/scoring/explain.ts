// Short reasons, in English and Chinese, built from the facts each factor found.
// Names of industries, regions, countries, types and stages come from the shared
// taxonomy, so both languages use the same labels as the rest of Parklink.
import { conceptLabel, countryName, termLabel, textIn, type Bilingual, type Lang, type TermIdOf, type VocabularyName } from "@parklink/shared";
import type { PreparedRequest } from "./prepare.js";
import { FACTOR_NAMES, type Candidate, type FactorFacts, type FactorName, type Reason } from "./types.js";

/** A factor is explained only when it helps: value at least this. */
export const MIN_EXPLAINED_VALUE = 0.6;
export const MAX_REASONS = 4;

type Sentence = { en: string; zh: string };

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function label(vocab: VocabularyName, id: string, lang: Lang): string {
  return termLabel(vocab, id as TermIdOf<typeof vocab>, lang);
}

/** English label with a lower-case first letter, for use inside a sentence ("Sister parks" → "sister parks"). */
function inline(vocab: VocabularyName, id: string): string {
  const en = label(vocab, id, "en");
  return en.charAt(0).toLowerCase() + en.slice(1);
}

export function nameIn(name: Bilingual, lang: Lang): string {
  return lang === "zh" && name.local && CJK.test(name.local) ? name.local : name.en;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function usd(n: number): string {
  if (!Number.isFinite(n)) return "";
  const short = (x: number) => String(Number(x.toFixed(1)));
  if (n >= 1e9) return `$${short(n / 1e9)}B`;
  if (n >= 1e6) return `$${short(n / 1e6)}M`;
  if (n >= 1e3) return `$${short(n / 1e3)}K`;
  return `$${n}`;
}

function usdRange(min: number, max: number): string {
  return Number.isFinite(max) ? `${usd(min)}–${usd(max)}` : `${usd(min)}+`;
}

/** What a request of each type is looking for, as an English noun phrase. */
const SEEKS_EN: Readonly<Record<string, string>> = {
  "sister-park": "a sister park",
  "dual-park": "a dual-park partner",
  "co-branding": "co-branding partners",
  "re-branding": "re-branding partners",
  "joint-product": "joint product partners",
  "joint-partnership": "joint partners",
  "technology-transfer": "technology transfer partners",
  investment: "investment",
  training: "training and knowledge exchange partners",
  "planning-consulting": "planning and consulting partners",
};

export function displayName(c: Candidate): Bilingual {
  return c.entity === "org" ? c.name : c.orgName;
}

function cooperationSentence(c: Candidate, f: FactorFacts["cooperationFit"], type: string): Sentence | undefined {
  const name = displayName(c);
  const [en, zh] = [nameIn(name, "en"), nameIn(name, "zh")];
  switch (f.basis) {
    case "interest":
      return { en: `${en} lists ${inline("cooperationType", type)} among its cooperation interests`, zh: `${zh}将${label("cooperationType", type, "zh")}列为合作意向` };
    case "related-interest":
      return {
        en: `${en} is interested in ${inline("cooperationType", f.relatedType)}, close to your ${inline("cooperationType", type)} request`,
        zh: `${zh}有意开展${label("cooperationType", f.relatedType, "zh")}，与您的${label("cooperationType", type, "zh")}需求相近`,
      };
    case "signal":
      if (f.vocabulary === "parkService") return { en: `${en} provides ${inline("parkService", f.id)}`, zh: `${zh}可提供：${label("parkService", f.id, "zh")}` };
      if (f.vocabulary === "enterpriseSeek") return { en: `${en} is looking for ${inline("enterpriseSeek", f.id)}`, zh: `${zh}正在寻求${label("enterpriseSeek", f.id, "zh")}` };
      return { en: `${en} is ${article(inline("institutionType", f.id))}`, zh: `${zh}是${label("institutionType", f.id, "zh")}` };
    case "investor": {
      const t = f.investorType;
      return t
        ? { en: `${en} is an investor (${inline("investorType", t)})`, zh: `${zh}是${label("orgKind", "investor", "zh")}（${label("investorType", t, "zh")}）` }
        : { en: `${en} is an investor`, zh: `${zh}是${label("orgKind", "investor", "zh")}` };
    }
    case "offer":
      if (f.modes.length === 0) return { en: `A technology offer from ${en}`, zh: `${zh}发布的技术成果` };
      return {
        en: `A technology offer from ${en}, available by ${f.modes.map((m) => inline("transferMode", m)).join(", ")}`,
        zh: `${zh}发布的技术成果，可通过${f.modes.map((m) => label("transferMode", m, "zh")).join("、")}方式合作`,
      };
    case "request": {
      if (c.entity !== "request") return undefined;
      const title = c.title;
      return {
        en: `${en} posted a ${inline("cooperationType", f.type)} request: “${textIn(title, "en")}”`,
        zh: `${zh}发布了${label("cooperationType", f.type, "zh")}需求：“${textIn(title, "zh")}”`,
      };
    }
    default:
      return undefined;
  }
}

function industrySentence(c: Candidate, f: FactorFacts["industryFit"]): Sentence | undefined {
  const same = f.pairs.filter((p) => p.relation === "same").slice(0, 2);
  if (same.length > 0) {
    const en = same.map((p) => label("industry", p.offered, "en")).join(" and ");
    const zh = same.map((p) => label("industry", p.offered, "zh")).join("和");
    return c.entity === "offer"
      ? { en: `The technology is in ${en}, as you asked`, zh: `该技术属于${zh}领域，与您的需求一致` }
      : { en: `Both focus on ${en}`, zh: `双方都专注于${zh}` };
  }
  const order = { parent: 0, child: 1, sibling: 2, same: 3, none: 4 } as const;
  const best = [...f.pairs].sort((a, b) => order[a.relation] - order[b.relation])[0];
  if (!best) return undefined;
  const [offEn, offZh] = [label("industry", best.offered, "en"), label("industry", best.offered, "zh")];
  const [wantEn, wantZh] = [label("industry", best.wanted, "en"), label("industry", best.wanted, "zh")];
  if (best.relation === "parent") return { en: `Works in ${offEn}, part of ${wantEn}`, zh: `从事${offZh}，属于${wantZh}领域` };
  if (best.relation === "child") return { en: `Works in ${offEn}, which covers ${wantEn}`, zh: `从事${offZh}，涵盖${wantZh}` };
  if (best.relation === "sibling") return { en: `Works in ${offEn}, next to your ${wantEn}`, zh: `从事${offZh}，与${wantZh}相关` };
  return undefined;
}

function geographySentence(f: FactorFacts["geography"]): Sentence | undefined {
  const [en, zh] = [countryName(f.country, "en"), countryName(f.country, "zh")];
  if (f.basis === "target-country") return { en: `Based in ${en}, one of your target countries`, zh: `位于${zh}，属于您的目标国家` };
  if (f.basis === "target-region") {
    return { en: `Based in ${en}, in your target region ${label("region", f.region, "en")}`, zh: `位于${zh}，属于您的目标地区${label("region", f.region, "zh")}` };
  }
  return undefined;
}

function stageSentence(c: Candidate, f: FactorFacts["stageFit"]): Sentence | undefined {
  switch (f.basis) {
    case "trl":
      return f.inside
        ? { en: `TRL ${f.trl} is inside your range ${f.min}–${f.max}`, zh: `技术成熟度 TRL ${f.trl}，在您要求的 ${f.min}–${f.max} 范围内` }
        : undefined;
    case "trl-range":
      return f.overlap
        ? { en: `Its TRL range ${f.theirMin}–${f.theirMax} meets your ${f.min}–${f.max}`, zh: `其技术成熟度范围 ${f.theirMin}–${f.theirMax} 与您的 ${f.min}–${f.max} 相符` }
        : undefined;
    case "ticket": {
      if (!f.overlap) return undefined;
      const range = usdRange(f.theirMin, f.theirMax);
      if (f.stages.length === 0) return { en: `Their budget ${range} fits your request`, zh: `其金额范围 ${range} 符合您的需求` };
      return {
        en: `Invests in ${f.stages.map((s) => inline("investmentStage", s)).join(", ")}; tickets ${range} fit your request`,
        zh: `投资阶段：${f.stages.map((s) => label("investmentStage", s, "zh")).join("、")}；单笔 ${range} 符合您的需求`,
      };
    }
    case "park-stage": {
      const name = displayName(c);
      return { en: `${nameIn(name, "en")} is in its ${inline("parkStage", f.stage)} stage`, zh: `${nameIn(name, "zh")}处于${label("parkStage", f.stage, "zh")}` };
    }
    default:
      return undefined;
  }
}

function reciprocitySentence(c: Candidate, f: FactorFacts["reciprocity"]): Sentence | undefined {
  const name = displayName(c);
  const [en, zh] = [nameIn(name, "en"), nameIn(name, "zh")];
  if (f.basis === "request") {
    const investor = f.type === "investment" && c.entity !== "offer" && (c.entity === "org" ? c.kind : c.orgKind) === "investor";
    const seeks = investor ? "companies to invest in" : (SEEKS_EN[f.type] ?? inline("cooperationType", f.type));
    const [whereEn, whereZh] = f.country
      ? [` in ${countryName(f.country, "en")}`, `${countryName(f.country, "zh")}的`]
      : f.region
        ? [` in ${label("region", f.region, "en")}`, `${label("region", f.region, "zh")}的`]
        : ["", ""];
    return { en: `${en} also seeks ${seeks}${whereEn}`, zh: `${zh}也在寻找${whereZh}${label("cooperationType", f.type, "zh")}` };
  }
  if (f.basis === "interest" && f.region) {
    // Without a region this would only repeat the cooperation-interest reason.
    const region = f.region;
    return {
      en: `${en} is open to ${inline("cooperationType", f.type)} with partners in ${label("region", region, "en")}`,
      zh: `${zh}有意开展${label("cooperationType", f.type, "zh")}合作，关注${label("region", region, "zh")}`,
    };
  }
  if (f.basis === "offer" && f.region) {
    return { en: `The offer seeks takers in ${label("region", f.region, "en")}`, zh: `该成果寻求${label("region", f.region, "zh")}的承接方` };
  }
  return undefined;
}

function freshnessSentence(f: FactorFacts["freshness"]): Sentence {
  const days = Math.floor(f.ageDays);
  let en: string;
  let zh: string;
  if (days < 1) [en, zh] = ["Updated today", "今天更新"];
  else if (days < 45) [en, zh] = [`Updated ${days} day${days === 1 ? "" : "s"} ago`, `${days}天前更新`];
  else if (days < 730) {
    const months = Math.round(days / 30.4);
    [en, zh] = [`Updated ${months} months ago`, `${months}个月前更新`];
  } else {
    const years = Math.floor(days / 365);
    [en, zh] = [`Updated ${years} years ago`, `${years}年前更新`];
  }
  if (f.history > 0 && f.responsiveness >= MIN_EXPLAINED_VALUE) [en, zh] = [`${en}; answers introductions`, `${zh}；积极回复引荐`];
  return { en, zh };
}

function sentenceFor(p: PreparedRequest, c: Candidate, name: FactorName, facts: FactorFacts): Sentence | undefined {
  switch (name) {
    case "cooperationFit":
      return cooperationSentence(c, facts.cooperationFit, p.type);
    case "industryFit":
      return industrySentence(c, facts.industryFit);
    case "geography":
      return geographySentence(facts.geography);
    case "stageFit":
      return stageSentence(c, facts.stageFit);
    case "textRelevance": {
      const shared = facts.textRelevance.shared.slice(0, 2);
      if (shared.length > 0) {
        return {
          en: `Both mention ${shared.map((id) => conceptLabel(id, "en")).join(" and ")}`,
          zh: `双方都涉及${shared.map((id) => conceptLabel(id, "zh")).join("和")}`,
        };
      }
      return facts.textRelevance.provided
        ? { en: "Its description closely matches the wording of your request", zh: "其描述与您的需求内容高度相关" }
        : undefined;
    }
    case "reciprocity":
      return reciprocitySentence(c, facts.reciprocity);
    case "freshness":
      return freshnessSentence(facts.freshness);
  }
}

/**
 * Up to MAX_REASONS reasons, largest contribution first, one per factor whose
 * value is at least MIN_EXPLAINED_VALUE and that has something to say.
 */
export function explain(
  p: PreparedRequest,
  c: Candidate,
  values: Readonly<Record<FactorName, number>>,
  contributions: Readonly<Record<FactorName, number>>,
  facts: FactorFacts,
): Reason[] {
  // Shared concepts are worth saying even when they cover only part of the request.
  const telling = (n: FactorName) => values[n] >= MIN_EXPLAINED_VALUE || (n === "textRelevance" && facts.textRelevance.shared.length > 0);
  const names = FACTOR_NAMES.filter((n) => telling(n) && contributions[n] > 0);
  names.sort((a, b) => contributions[b] - contributions[a] || FACTOR_NAMES.indexOf(a) - FACTOR_NAMES.indexOf(b));
  // The concepts both texts share always get a place: they are what a reader checks first.
  const text = names.indexOf("textRelevance");
  if (text >= MAX_REASONS && facts.textRelevance.shared.length > 0) names.splice(MAX_REASONS - 1, 0, ...names.splice(text, 1));
  const reasons: Reason[] = [];
  for (const factor of names) {
    const s = sentenceFor(p, c, factor, facts);
    if (s) reasons.push({ factor, en: s.en, zh: s.zh });
    if (reasons.length === MAX_REASONS) break;
  }
  return reasons;
}
