import { z } from "zod";
import { idsOf, type Term } from "./types.js";

// Named *_TERMS / OrgKindId: schemas/orgs.ts already exports ORG_KINDS and OrgKind
// (the same four ids), and both are re-exported from the package root.
const ORG_KIND_DATA = [
  {
    id: "park",
    en: "Science park",
    zh: "园区",
    synonyms: [
      "park", "science park", "science and technology park", "STP", "SIP", "science-industry park",
      "technology park", "research park", "high-tech zone", "industrial park", "innovation district",
      "科技园", "科技园区", "科学园", "产业园", "产业园区", "高新区", "高新技术产业开发区", "工业园区",
    ],
  },
  {
    id: "enterprise",
    en: "Enterprise",
    zh: "企业",
    synonyms: ["company", "business", "firm", "startup", "start-up", "公司", "初创企业", "科技企业"],
  },
  {
    id: "investor",
    en: "Investor",
    zh: "投资机构",
    synonyms: ["investors", "fund", "investment firm", "投资人", "投资者", "投资方", "基金"],
  },
  {
    id: "institution",
    en: "Institution",
    zh: "科研与服务机构",
    synonyms: ["research institution", "academic institution", "科研机构", "高校院所"],
  },
] as const satisfies readonly Term[];

export const ORG_KIND_IDS = idsOf(ORG_KIND_DATA);
export type OrgKindId = (typeof ORG_KIND_IDS)[number];
export const OrgKindIdSchema = z.enum(ORG_KIND_IDS);
export const ORG_KIND_TERMS: readonly Term<OrgKindId>[] = ORG_KIND_DATA;

/** Who can answer a request: an organization kind, or a technology offer. */
export const PARTNER_KIND_IDS = [...ORG_KIND_IDS, "offer"] as const;
export type PartnerKindId = (typeof PARTNER_KIND_IDS)[number];

const MANAGEMENT_TYPE_DATA = [
  {
    id: "government-agency",
    en: "Government agency",
    zh: "政府机构",
    synonyms: ["government", "public authority", "administrative committee", "政府", "管委会", "政府部门"],
  },
  { id: "university", en: "University", zh: "大学", synonyms: ["university-run", "高校", "大学科技园"] },
  {
    id: "managing-company",
    en: "Enterprise / managing company",
    zh: "企业 / 运营公司",
    synonyms: ["managing company", "operating company", "development company", "运营公司", "开发公司", "平台公司", "管理公司"],
  },
  {
    id: "ppp",
    en: "Public-private partnership",
    zh: "政府和社会资本合作",
    synonyms: ["PPP", "public private partnership", "政企合作", "PPP模式"],
  },
  {
    id: "non-governmental",
    en: "Non-governmental organisation",
    zh: "非政府组织",
    synonyms: ["NGO", "non-governmental organization", "non-profit", "nonprofit", "非营利组织", "社会组织"],
  },
  { id: "foundation", en: "Foundation", zh: "基金会", synonyms: ["charitable foundation", "foundation or organization"] },
] as const satisfies readonly Term[];

export const MANAGEMENT_TYPE_IDS = idsOf(MANAGEMENT_TYPE_DATA);
export type ManagementTypeId = (typeof MANAGEMENT_TYPE_IDS)[number];
export const ManagementTypeIdSchema = z.enum(MANAGEMENT_TYPE_IDS);
export const MANAGEMENT_TYPES: readonly Term<ManagementTypeId>[] = MANAGEMENT_TYPE_DATA;

/** A park's life: planning → construction → operation. */
const PARK_STAGE_DATA = [
  { id: "planning", en: "Planning", zh: "规划期", synonyms: ["planning stage", "planned", "规划阶段", "筹建"] },
  { id: "construction", en: "Construction", zh: "建设期", synonyms: ["under construction", "construction stage", "建设阶段", "在建"] },
  { id: "operation", en: "Operation", zh: "运营期", synonyms: ["in operation", "operating", "operational", "运营阶段", "已运营"] },
] as const satisfies readonly Term[];

export const PARK_STAGE_IDS = idsOf(PARK_STAGE_DATA);
export type ParkStageId = (typeof PARK_STAGE_IDS)[number];
export const ParkStageIdSchema = z.enum(PARK_STAGE_IDS);
export const PARK_STAGES: readonly Term<ParkStageId>[] = PARK_STAGE_DATA;

const PARK_SERVICE_DATA = [
  { id: "incubation", en: "Incubation", zh: "孵化", synonyms: ["business incubation", "incubator", "孵化器", "孵化服务", "企业孵化"] },
  { id: "accelerator", en: "Accelerator", zh: "加速器", synonyms: ["acceleration", "business accelerator", "acceleration programme", "企业加速器", "加速服务"] },
  { id: "co-working", en: "Co-working space", zh: "众创空间", synonyms: ["coworking", "co-working", "makerspace", "maker space", "联合办公", "创客空间"] },
  {
    id: "technology-transfer-office",
    en: "Technology transfer office",
    zh: "技术转移办公室",
    synonyms: ["TTO", "tech transfer office", "technology transfer services", "技术转移服务", "技术转移机构"],
  },
  { id: "laboratories", en: "Shared laboratories", zh: "共享实验室", synonyms: ["labs", "laboratories", "shared labs", "testing platform", "公共技术平台", "实验室", "公共实验室"] },
  { id: "policy-consulting", en: "Policy consulting", zh: "政策咨询", synonyms: ["policy advice", "policy research", "policy services", "政策服务", "政策研究"] },
  { id: "training", en: "Training", zh: "培训", synonyms: ["training programmes", "training programs", "capacity building", "人才培训", "培训服务"] },
  { id: "financing", en: "Financing services", zh: "投融资服务", synonyms: ["financing", "funding support", "investment and financing", "投融资", "融资服务"] },
  { id: "legal-ip", en: "Legal & IP services", zh: "法律与知识产权服务", synonyms: ["intellectual property", "IP services", "patent services", "legal services", "知识产权", "知识产权服务", "专利服务", "法律服务"] },
  { id: "market-access", en: "Soft landing & market access", zh: "软着陆与市场对接", synonyms: ["soft landing", "market access services", "internationalisation services", "软着陆", "国际化服务", "市场对接"] },
  { id: "talent-services", en: "Talent services", zh: "人才服务", synonyms: ["recruitment", "talent attraction", "人才引进", "招聘"] },
  { id: "representative-office", en: "Representative office", zh: "代表处", synonyms: ["liaison office", "overseas office", "海外代表处", "办事处", "联络处"] },
] as const satisfies readonly Term[];

export const PARK_SERVICE_IDS = idsOf(PARK_SERVICE_DATA);
export type ParkServiceId = (typeof PARK_SERVICE_IDS)[number];
export const ParkServiceIdSchema = z.enum(PARK_SERVICE_IDS);
export const PARK_SERVICES: readonly Term<ParkServiceId>[] = PARK_SERVICE_DATA;
