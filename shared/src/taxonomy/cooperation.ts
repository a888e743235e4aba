import { z } from "zod";
import type { PartnerKindId } from "./organizations.js";
import { idsOf, type Term } from "./types.js";

export interface CooperationTypeTerm<Id extends string = string> extends Term<Id> {
  /** The kinds of profile that typically answer a request of this type. */
  readonly partnerKinds: readonly PartnerKindId[];
  /** True when the two parties are, by definition, in two countries (sister and dual parks). */
  readonly crossBorder: boolean;
  /**
   * Industries of those who offer this cooperation as a service (consultancies plan parks):
   * such a partner fits whatever industries the requester works in.
   */
  readonly serviceIndustries?: readonly string[];
}

/** What a cooperation request asks for (DOMAIN.md, "Cooperation types"). */
const COOPERATION_TYPE_DATA = [
  {
    id: "sister-park",
    en: "Sister parks",
    zh: "姊妹园区",
    synonyms: ["sister park", "sister parks", "sisterhood agreement", "sister-park partnership", "姐妹园区", "友好园区", "结对园区"],
    partnerKinds: ["park"],
    crossBorder: true,
  },
  {
    id: "dual-park",
    en: "Dual parks",
    zh: "双园",
    synonyms: ["dual park", "twin park", "twin parks", "two countries twin parks", "两国双园", "双园区", "双园合作"],
    partnerKinds: ["park"],
    crossBorder: true,
  },
  {
    id: "co-branding",
    en: "Co-branding",
    zh: "联合品牌",
    synonyms: ["co-brand", "cobranding", "joint branding", "品牌联合", "联名合作"],
    partnerKinds: ["enterprise", "park"],
    crossBorder: false,
  },
  {
    id: "re-branding",
    en: "Re-branding",
    zh: "品牌重塑",
    synonyms: ["rebranding", "re-brand", "品牌再造", "品牌升级"],
    partnerKinds: ["enterprise", "park"],
    crossBorder: false,
  },
  {
    id: "joint-product",
    en: "Joint product",
    zh: "联合产品开发",
    synonyms: ["joint products", "joint product development", "co-developed product", "联合产品", "合作产品", "共同开发产品"],
    partnerKinds: ["enterprise", "institution"],
    crossBorder: false,
  },
  {
    id: "joint-partnership",
    en: "Joint partnership",
    zh: "合资合作",
    synonyms: ["joint venture", "JV", "strategic partnership", "business partnership", "合资", "合资企业", "战略合作", "联营"],
    partnerKinds: ["enterprise", "park", "institution"],
    crossBorder: false,
  },
  {
    id: "technology-transfer",
    en: "Technology transfer",
    zh: "技术转移",
    synonyms: [
      "tech transfer", "technology licensing", "technology commercialisation", "technology commercialization",
      "成果转化", "科技成果转化", "技术转移转化", "技术引进",
    ],
    partnerKinds: ["institution", "enterprise", "offer"],
    crossBorder: false,
  },
  {
    id: "investment",
    en: "Investment",
    zh: "投资合作",
    synonyms: ["investment", "investing", "fundraising", "capital raising", "投资", "融资", "投融资对接", "招商引资"],
    partnerKinds: ["investor"],
    crossBorder: false,
  },
  {
    id: "training",
    en: "Training & knowledge exchange",
    zh: "培训与交流",
    synonyms: ["training", "knowledge exchange", "workshop", "workshops", "webinar", "webinars", "培训", "研修", "研讨会", "知识交流"],
    // Training is given by parks and institutions, and by companies that sell it (academies, consultancies).
    partnerKinds: ["park", "institution", "enterprise"],
    crossBorder: false,
    serviceIndustries: ["business-services"],
  },
  {
    id: "planning-consulting",
    en: "Planning & consulting",
    zh: "规划咨询",
    synonyms: [
      "planning", "consulting", "development planning", "park planning", "policy research", "S&T aid",
      "park co-development", "园区规划", "规划", "咨询服务", "科技援助", "园区共建", "发展规划",
    ],
    // Planners and consultancies are often companies: a park-planning firm is the natural partner of a new park.
    partnerKinds: ["park", "institution", "enterprise"],
    crossBorder: false,
    serviceIndustries: ["business-services"],
  },
] as const satisfies readonly CooperationTypeTerm[];

export const COOPERATION_TYPE_IDS = idsOf(COOPERATION_TYPE_DATA);
export type CooperationTypeId = (typeof COOPERATION_TYPE_IDS)[number];
export const CooperationTypeIdSchema = z.enum(COOPERATION_TYPE_IDS);
export const COOPERATION_TYPES: readonly CooperationTypeTerm<CooperationTypeId>[] = COOPERATION_TYPE_DATA;
