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
export type Bilingual = { en: string; local?: string };

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
