import { z } from "zod";
import { idsOf, type Term } from "./types.js";

const INVESTOR_TYPE_DATA = [
  { id: "vc", en: "Venture capital", zh: "风险投资", synonyms: ["VC", "venture capital fund", "venture capitalist", "风投", "创投", "创业投资", "风险投资基金"] },
  { id: "angel", en: "Angel investor", zh: "天使投资人", synonyms: ["angel", "business angel", "angel investment", "天使投资", "天使"] },
  { id: "private-equity", en: "Private equity", zh: "私募股权", synonyms: ["PE", "private equity fund", "PE fund", "私募", "私募股权投资", "私募基金"] },
  {
    id: "corporate",
    en: "Corporate investor",
    zh: "产业资本",
    synonyms: ["corporate venture capital", "CVC", "strategic investor", "corporate venture", "企业风险投资", "战略投资者", "企业投资"],
  },
  {
    id: "government-fund",
    en: "Government guidance fund",
    zh: "政府引导基金",
    synonyms: ["guidance fund", "government fund", "public fund", "state fund", "引导基金", "政府投资基金", "产业引导基金"],
  },
  { id: "bank", en: "Bank", zh: "银行", synonyms: ["commercial bank", "development bank", "policy bank", "商业银行", "政策性银行", "开发性银行"] },
] as const satisfies readonly Term[];

export const INVESTOR_TYPE_IDS = idsOf(INVESTOR_TYPE_DATA);
export type InvestorTypeId = (typeof INVESTOR_TYPE_IDS)[number];
export const InvestorTypeIdSchema = z.enum(INVESTOR_TYPE_IDS);
export const INVESTOR_TYPES: readonly Term<InvestorTypeId>[] = INVESTOR_TYPE_DATA;

/** Rounds, in the order a company goes through them. */
const INVESTMENT_STAGE_DATA = [
  { id: "seed", en: "Seed", zh: "种子轮", synonyms: ["pre-seed", "seed round", "seed stage", "angel round", "种子期", "天使轮"] },
  { id: "early", en: "Early stage (Series A)", zh: "早期（A轮）", synonyms: ["early stage", "Series A", "pre-A", "A round", "早期", "A轮", "Pre-A轮"] },
  { id: "growth", en: "Growth (Series B/C)", zh: "成长期（B/C轮）", synonyms: ["growth stage", "expansion", "Series B", "Series C", "成长期", "扩张期", "B轮", "C轮"] },
  { id: "late", en: "Late stage / pre-IPO", zh: "成熟期 / Pre-IPO", synonyms: ["late stage", "pre-IPO", "Series D", "成熟期", "D轮", "上市前"] },
  { id: "buyout", en: "Buyout / M&A", zh: "并购", synonyms: ["buyout", "M&A", "mergers and acquisitions", "acquisition", "兼并收购", "收购"] },
] as const satisfies readonly Term[];

export const INVESTMENT_STAGE_IDS = idsOf(INVESTMENT_STAGE_DATA);
export type InvestmentStageId = (typeof INVESTMENT_STAGE_IDS)[number];
export const InvestmentStageIdSchema = z.enum(INVESTMENT_STAGE_IDS);
export const INVESTMENT_STAGES: readonly Term<InvestmentStageId>[] = INVESTMENT_STAGE_DATA;

const INSTITUTION_TYPE_DATA = [
  { id: "university", en: "University", zh: "高校", synonyms: ["college", "higher education institution", "大学", "高等院校", "高等学校"] },
  {
    id: "research-institute",
    en: "Research institute",
    zh: "科研院所",
    synonyms: ["research institute", "research centre", "research center", "R&D institute", "研究院", "研究所", "研究中心"],
  },
  { id: "incubator", en: "Incubator", zh: "孵化器", synonyms: ["business incubator", "incubators", "科技企业孵化器", "孵化机构"] },
  {
    id: "technology-transfer-centre",
    en: "Technology transfer centre",
    zh: "技术转移中心",
    synonyms: ["technology transfer center", "tech transfer centre", "TTC", "技术转移示范机构"],
  },
  {
    id: "association",
    en: "Association",
    zh: "协会",
    synonyms: ["industry association", "alliance", "chamber of commerce", "行业协会", "联盟", "学会", "商会"],
  },
] as const satisfies readonly Term[];

export const INSTITUTION_TYPE_IDS = idsOf(INSTITUTION_TYPE_DATA);
export type InstitutionTypeId = (typeof INSTITUTION_TYPE_IDS)[number];
export const InstitutionTypeIdSchema = z.enum(INSTITUTION_TYPE_IDS);
export const INSTITUTION_TYPES: readonly Term<InstitutionTypeId>[] = INSTITUTION_TYPE_DATA;
