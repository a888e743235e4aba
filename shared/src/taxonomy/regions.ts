import { z } from "zod";
import { idsOf, type Term } from "./types.js";

// The ten world regions the CISIP documents group parks by. "Europe" and "EU"
// belong to both European regions on purpose: a request for Europe covers both.
const REGION_DATA = [
  {
    id: "north-america",
    en: "North America",
    zh: "北美",
    synonyms: ["North American", "Northern America", "N. America", "北美洲", "北美地区"],
  },
  {
    id: "south-america",
    en: "South America",
    zh: "南美洲",
    synonyms: [
      "Latin America", "LATAM", "S. America", "Central America", "Caribbean", "南美", "拉丁美洲",
      "拉美", "中美洲", "加勒比", "拉美地区",
    ],
  },
  {
    id: "western-europe",
    en: "Western Europe",
    zh: "西欧",
    synonyms: ["West Europe", "W. Europe", "Northern Europe", "Nordic countries", "Europe", "EU", "European Union", "欧洲", "欧盟", "西欧地区", "北欧"],
  },
  {
    id: "central-eastern-europe",
    en: "Central & Eastern Europe",
    zh: "中东欧",
    synonyms: [
      "CEE", "Central and Eastern Europe", "Eastern Europe", "Central Europe", "East Europe",
      "E.C. Europe", "C&E Europe", "Balkans", "Baltic states", "Europe", "EU", "European Union",
      "欧洲", "欧盟", "东欧", "中东欧国家", "巴尔干", "波罗的海国家",
    ],
  },
  {
    id: "central-west-asia",
    en: "Central & West Asia",
    zh: "中亚与西亚",
    synonyms: [
      "Central Asia", "West Asia", "Western Asia", "C&W Asia", "C.W. Asia", "Middle East",
      "Gulf states", "GCC", "Caucasus", "中亚", "西亚", "中东", "海湾国家", "高加索",
    ],
  },
  {
    id: "south-asia",
    en: "South Asia",
    zh: "南亚",
    synonyms: ["S. Asia", "Indian subcontinent", "SAARC", "南亚次大陆", "南亚地区"],
  },
  {
    id: "southeast-asia",
    en: "Southeast Asia",
    zh: "东南亚",
    synonyms: ["South-East Asia", "South East Asia", "SE Asia", "ASEAN", "东盟", "东南亚国家联盟", "东南亚地区"],
  },
  {
    id: "east-asia",
    en: "East Asia",
    zh: "东亚",
    synonyms: ["Northeast Asia", "North-East Asia", "东北亚", "东亚地区"],
  },
  {
    id: "oceania",
    en: "Oceania",
    zh: "大洋洲",
    synonyms: ["Australasia", "Pacific Islands", "South Pacific", "澳新", "太平洋岛国", "南太平洋"],
  },
  {
    id: "africa",
    en: "Africa",
    zh: "非洲",
    synonyms: [
      "African", "Sub-Saharan Africa", "North Africa", "East Africa", "West Africa", "Southern Africa",
      "撒哈拉以南非洲", "北非", "东非", "西非", "南部非洲", "非洲地区",
    ],
  },
] as const satisfies readonly Term[];

export const REGION_IDS = idsOf(REGION_DATA);
export type RegionId = (typeof REGION_IDS)[number];
export const RegionIdSchema = z.enum(REGION_IDS);
export const REGIONS: readonly Term<RegionId>[] = REGION_DATA;
