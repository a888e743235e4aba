import sharp from "sharp";
import { unsupportedType } from "./sniff.js";

/** The fixed sizes each kind of image is stored in (WebP, metadata stripped). */
export const IMAGE_VARIANTS = {
  logo: { small: { width: 64, height: 64, fit: "contain" }, large: { width: 256, height: 256, fit: "contain" } },
  avatar: { small: { width: 64, height: 64, fit: "cover" }, large: { width: 256, height: 256, fit: "cover" } },
  photo: { small: { width: 480, height: 320, fit: "cover" }, large: { width: 1200, height: 800, fit: "inside" } },
} as const;
export type ImagePurpose = keyof typeof IMAGE_VARIANTS;

export interface ProcessedImage {
  variants: Record<string, Buffer>;
  width: number;
  height: number;
}

/**
 * Decodes an uploaded image (turned upright by its EXIF orientation) and re-encodes it at
 * each fixed size as WebP. Re-encoding drops EXIF, GPS and every other metadata, and any
 * bytes hidden after the image data. Images that do not decode are refused.
 */
export async function processImage(data: Buffer, purpose: ImagePurpose, field = "file"): Promise<ProcessedImage> {
  let width: number;
  let height: number;
  try {
    const meta = await sharp(data, { limitInputPixels: 50_000_000 }).metadata();
    if (!meta.width || !meta.height) throw new Error("no dimensions");
    const upright = (meta.orientation ?? 1) >= 5;
    width = upright ? meta.height : meta.width;
    height = upright ? meta.width : meta.height;
  } catch {
    throw unsupportedType(field, "the image cannot be read", []);
  }
  const variants: Record<string, Buffer> = {};
  for (const [name, size] of Object.entries(IMAGE_VARIANTS[purpose])) {
    variants[name] = await sharp(data, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: size.width, height: size.height, fit: size.fit, withoutEnlargement: size.fit === "inside", background: { r: 255, g: 255, b: 255, alpha: 0 } })
      .webp({ quality: 82 })
      .toBuffer();
  }
  return { variants, width, height };
}
