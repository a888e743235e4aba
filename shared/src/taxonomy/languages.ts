import { z } from "zod";
import { idsOf, type Term } from "./types.js";

// Ids are ISO 639-1 codes. Codes are not synonyms: "it", "no", "id" are English words.
const LANGUAGE_DATA = [
  { id: "en", en: "English", zh: "英语", synonyms: ["英文"] },
  { id: "zh", en: "Chinese", zh: "中文", synonyms: ["Mandarin", "Mandarin Chinese", "汉语", "普通话", "华语"] },
  { id: "fr", en: "French", zh: "法语", synonyms: ["法文"] },
  { id: "de", en: "German", zh: "德语", synonyms: ["德文"] },
  { id: "es", en: "Spanish", zh: "西班牙语", synonyms: ["西班牙文"] },
  { id: "pt", en: "Portuguese", zh: "葡萄牙语", synonyms: ["葡萄牙文"] },
  { id: "it", en: "Italian", zh: "意大利语" },
  { id: "nl", en: "Dutch", zh: "荷兰语" },
  { id: "sv", en: "Swedish", zh: "瑞典语" },
  { id: "fi", en: "Finnish", zh: "芬兰语" },
  { id: "da", en: "Danish", zh: "丹麦语" },
  { id: "no", en: "Norwegian", zh: "挪威语" },
  { id: "el", en: "Greek", zh: "希腊语" },
  { id: "pl", en: "Polish", zh: "波兰语" },
  { id: "cs", en: "Czech", zh: "捷克语" },
  { id: "hu", en: "Hungarian", zh: "匈牙利语" },
  { id: "ro", en: "Romanian", zh: "罗马尼亚语" },
  { id: "bg", en: "Bulgarian", zh: "保加利亚语" },
  { id: "sr", en: "Serbian", zh: "塞尔维亚语" },
  { id: "lt", en: "Lithuanian", zh: "立陶宛语" },
  { id: "ru", en: "Russian", zh: "俄语", synonyms: ["俄文"] },
  { id: "uk", en: "Ukrainian", zh: "乌克兰语" },
  { id: "tr", en: "Turkish", zh: "土耳其语" },
  { id: "ar", en: "Arabic", zh: "阿拉伯语", synonyms: ["阿拉伯文"] },
  { id: "fa", en: "Persian", zh: "波斯语", synonyms: ["Farsi"] },
  { id: "he", en: "Hebrew", zh: "希伯来语" },
  { id: "kk", en: "Kazakh", zh: "哈萨克语" },
  { id: "uz", en: "Uzbek", zh: "乌兹别克语" },
  { id: "hi", en: "Hindi", zh: "印地语" },
  { id: "ur", en: "Urdu", zh: "乌尔都语" },
  { id: "bn", en: "Bengali", zh: "孟加拉语", synonyms: ["Bangla"] },
  { id: "ja", en: "Japanese", zh: "日语", synonyms: ["日文"] },
  { id: "ko", en: "Korean", zh: "韩语", synonyms: ["朝鲜语", "韩文"] },
  { id: "mn", en: "Mongolian", zh: "蒙古语" },
  { id: "th", en: "Thai", zh: "泰语" },
  { id: "vi", en: "Vietnamese", zh: "越南语" },
  { id: "ms", en: "Malay", zh: "马来语", synonyms: ["Bahasa Malaysia"] },
  { id: "id", en: "Indonesian", zh: "印度尼西亚语", synonyms: ["Bahasa Indonesia", "印尼语"] },
  { id: "tl", en: "Filipino", zh: "菲律宾语", synonyms: ["Tagalog", "他加禄语"] },
  { id: "km", en: "Khmer", zh: "高棉语" },
  { id: "lo", en: "Lao", zh: "老挝语" },
  { id: "my", en: "Burmese", zh: "缅甸语" },
  { id: "sw", en: "Swahili", zh: "斯瓦希里语", synonyms: ["Kiswahili"] },
] as const satisfies readonly Term[];

/** ISO 639-1 codes of the languages a profile can list. */
export const LANGUAGE_CODES = idsOf(LANGUAGE_DATA);
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
export const LanguageCodeSchema = z.enum(LANGUAGE_CODES);
export const LANGUAGES: readonly Term<LanguageCode>[] = LANGUAGE_DATA;
