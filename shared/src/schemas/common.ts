import { z } from "zod";
import { issue } from "./issues.js";
import { OBJECT_ID_PATTERN, PHONE_PATTERN } from "./patterns.js";

/** A MongoDB ObjectId as it travels in JSON. */
export const objectId = z.string().regex(OBJECT_ID_PATTERN, "must be a 24-character hex id");
export const idParams = z.object({ id: objectId }).strict();

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email("must be a valid e-mail address"));
export const password = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(128, "must be at most 128 characters")
  .refine((p) => /[A-Za-z]/.test(p) && /[0-9]/.test(p), issue("password_weak"));
export const phone = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, "must be a phone number such as +86 10 6275 1234");
export const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(500);

/** A text in English and, optionally, the local language (e.g. Chinese). Both are stored and searched. */
export const bilingual = (max: number, min = 1) =>
  z
    .object({
      en: z.string().trim().min(min).max(max),
      local: z.string().trim().max(max).optional(),
    })
    .strict();
export type Bilingual = { en: string; local?: string; originalLang?: OriginalLang };

/** The languages content may be written in first; the other one may be missing. */
export const ORIGINAL_LANGS = ["en", "zh"] as const;
export type OriginalLang = (typeof ORIGINAL_LANGS)[number];

/**
 * Written content (a title, a description, a summary) in English, Chinese, or both: at
 * least one of them when `required`. Stored as { en, local, originalLang }, `en` empty when
 * the text exists only in Chinese; `originalLang` says which one the author wrote (by
 * default English when there is English, else Chinese).
 */
export const bilingualContent = (max: number, { required = true } = {}) =>
  z
    .object({
      en: z.string().trim().max(max).optional(),
      local: z.string().trim().max(max).optional(),
      originalLang: z.enum(ORIGINAL_LANGS).optional(),
    })
    .strict()
    .superRefine((t, ctx) => {
      const has = { en: Boolean(t.en), zh: Boolean(t.local) };
      if (required && !has.en && !has.zh) ctx.addIssue({ code: "custom", message: "needs English or Chinese text (en or local)", params: { issue: "one_language" } });
      if (t.originalLang && !has[t.originalLang] && (has.en || has.zh)) {
        ctx.addIssue({ code: "custom", path: ["originalLang"], message: `names a language the text is not written in` });
      }
    })
    .transform((t): Bilingual => ({
      en: t.en ?? "",
      ...(t.local ? { local: t.local } : {}),
      ...(t.en || t.local ? { originalLang: t.originalLang ?? (t.en ? "en" : "zh") } : {}),
    }));

/** The text in `lang` where it exists, else in the other language (never blank when either exists). */
export function textIn(text: { en: string; local?: string } | undefined, lang: "en" | "zh"): string {
  if (!text) return "";
  return lang === "zh" ? text.local || text.en : text.en || text.local || "";
}

/** Content as the API returns it: `en` may be empty when the text exists only in Chinese. */
export const bilingualContentView = (max: number) =>
  z.object({ en: z.string().max(max), local: z.string().max(max).optional(), originalLang: z.enum(ORIGINAL_LANGS).optional() });

/** Query-string numbers arrive as text. */
const intFromQuery = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const paging = z.object({
  page: intFromQuery(1, 10_000, 1),
  pageSize: intFromQuery(1, 100, 20),
});
export type Paging = z.infer<typeof paging>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

/** A comma-separated list in a query string ("ai,iot") or a repeated key. */
export const csvList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(item).max(50),
  );

export const okResponse = z.object({ ok: z.literal(true) });
