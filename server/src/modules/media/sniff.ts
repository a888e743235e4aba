import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../../http/errors.js";

export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export const BROCHURE_TYPES = ["application/pdf"] as const;
export const CHAT_FILE_TYPES = [
  ...IMAGE_TYPES,
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
] as const;

export const unsupportedType = (field: string, message: string, allowed: readonly string[]) =>
  new AppError(415, "unsupported_file_type", `${field}: ${message}`, { field, allowed });

/** SVG (and other XML/HTML) can carry scripts: recognised to be refused by name. */
const looksLikeMarkup = (data: Buffer) => /<(svg|\?xml|!doctype|html|script)\b/i.test(data.subarray(0, 1024).toString("utf8").replace(/^\uFEFF/, "").trimStart().slice(0, 300));

/**
 * The type of a file from its bytes, never from its name or the type the browser claimed;
 * refused (415 naming the field) unless it is one of `allowed`.
 */
export async function sniffType(data: Buffer, allowed: readonly string[], field = "file"): Promise<string> {
  if (looksLikeMarkup(data)) throw unsupportedType(field, "SVG and other markup files are not accepted", allowed);
  const detected = await fileTypeFromBuffer(data);
  if (!detected) {
    throw unsupportedType(field, "the file's content is not of an accepted type", allowed);
  }
  if (!allowed.includes(detected.mime)) throw unsupportedType(field, `${detected.mime} is not accepted here`, allowed);
  return detected.mime;
}
