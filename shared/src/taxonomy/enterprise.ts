import { z } from "zod";
import { idsOf, type Term } from "./types.js";

const COMPANY_SIZE_DATA = [
  { id: "micro", en: "Micro (fewer than 10 staff)", zh: "微型企业", synonyms: ["micro enterprise", "microenterprise", "微企", "小微企业"] },
  { id: "small", en: "Small (10–49 staff)", zh: "小型企业", synonyms: ["small enterprise", "small business", "SME", "小企业", "中小企业", "小微企业"] },
  { id: "medium", en: "Medium (50–249 staff)", zh: "中型企业", synonyms: ["medium enterprise", "medium-sized", "mid-sized", "SME", "中小企业"] },
  { id: "large", en: "Large (250+ staff)", zh: "大型企业", synonyms: ["large enterprise", "corporation", "multinational", "MNC", "大企业", "跨国公司", "龙头企业"] },
] as const satisfies readonly Term[];

export const COMPANY_SIZE_IDS = idsOf(COMPANY_SIZE_DATA);
export type CompanySizeId = (typeof COMPANY_SIZE_IDS)[number];
export const CompanySizeIdSchema = z.enum(COMPANY_SIZE_IDS);
export const COMPANY_SIZES: readonly Term<CompanySizeId>[] = COMPANY_SIZE_DATA;

/** What an enterprise is looking for on Parklink. */
const ENTERPRISE_SEEK_DATA = [
  { id: "partners", en: "Partners", zh: "合作伙伴", synonyms: ["partner", "business partners", "cooperation partners", "寻找合作伙伴", "合作方"] },
  { id: "technology", en: "Technology", zh: "技术", synonyms: ["technologies", "technology sourcing", "技术需求", "技术合作"] },
  { id: "investment", en: "Investment", zh: "融资", synonyms: ["funding", "capital", "financing", "investment", "投资", "寻求投资"] },
  {
    id: "market-entry",
    en: "Market entry",
    zh: "市场开拓",
    synonyms: ["market access", "market expansion", "go global", "going global", "internationalisation", "市场进入", "市场准入", "出海", "走出去", "开拓市场"],
  },
] as const satisfies readonly Term[];

export const ENTERPRISE_SEEK_IDS = idsOf(ENTERPRISE_SEEK_DATA);
export type EnterpriseSeekId = (typeof ENTERPRISE_SEEK_IDS)[number];
export const EnterpriseSeekIdSchema = z.enum(ENTERPRISE_SEEK_IDS);
export const ENTERPRISE_SEEKS: readonly Term<EnterpriseSeekId>[] = ENTERPRISE_SEEK_DATA;

const IP_STATUS_DATA = [
  { id: "patent-granted", en: "Patent granted", zh: "已授权专利", synonyms: ["granted patent", "patented", "issued patent", "授权专利", "专利已授权"] },
  { id: "patent-pending", en: "Patent pending", zh: "专利申请中", synonyms: ["patent applied for", "patent application", "pending patent", "专利申请", "已申请专利"] },
  { id: "know-how", en: "Know-how", zh: "技术秘密", synonyms: ["know how", "trade secret", "proprietary know-how", "专有技术", "技术诀窍", "商业秘密"] },
] as const satisfies readonly Term[];

export const IP_STATUS_IDS = idsOf(IP_STATUS_DATA);
export type IpStatusId = (typeof IP_STATUS_IDS)[number];
export const IpStatusIdSchema = z.enum(IP_STATUS_IDS);
export const IP_STATUSES: readonly Term<IpStatusId>[] = IP_STATUS_DATA;

/** How a technology offer can change hands. */
const TRANSFER_MODE_DATA = [
  { id: "licence", en: "Licence", zh: "许可", synonyms: ["license", "licensing", "technology licence", "patent licence", "技术许可", "专利许可", "许可使用"] },
  { id: "sale", en: "Sale", zh: "转让", synonyms: ["outright sale", "assignment", "technology sale", "技术转让", "专利转让", "出售"] },
  {
    id: "joint-development",
    en: "Joint development",
    zh: "联合开发",
    synonyms: ["co-development", "joint R&D", "collaborative development", "合作开发", "共同开发", "联合研发", "合作研发"],
  },
  { id: "co-branding", en: "Co-branding", zh: "联合品牌", synonyms: ["co-brand", "cobranding", "品牌联合"] },
  { id: "joint-product", en: "Joint product", zh: "联合产品", synonyms: ["joint products", "co-developed product", "合作产品"] },
] as const satisfies readonly Term[];

export const TRANSFER_MODE_IDS = idsOf(TRANSFER_MODE_DATA);
export type TransferModeId = (typeof TRANSFER_MODE_IDS)[number];
export const TransferModeIdSchema = z.enum(TRANSFER_MODE_IDS);
export const TRANSFER_MODES: readonly Term<TransferModeId>[] = TRANSFER_MODE_DATA;
