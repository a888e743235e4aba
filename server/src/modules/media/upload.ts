import busboy from "busboy";
import type { Request } from "express";
import { AppError, validationFailed } from "../../http/errors.js";

export interface Upload {
  name: string;
  data: Buffer;
  fields: Record<string, string>;
}

export const fileTooLarge = (field: string, maxBytes: number) =>
  new AppError(413, "file_too_large", `${field}: must be at most ${Math.round(maxBytes / 1024 / 1024)} MB`, { field, maxBytes });

/**
 * Reads a multipart/form-data body holding one file in the field `field` (and a few short
 * text fields), into memory: uploads are bounded, and nothing is stored before the whole
 * file has arrived and been checked. Over `maxBytes`: 413 naming the field.
 */
export function readUpload(req: Request, { field = "file", maxBytes }: { field?: string; maxBytes: number }): Promise<Upload> {
  if (!req.is("multipart/form-data")) {
    return Promise.reject(new AppError(415, "unsupported_media_type", `${field}: send the file as multipart/form-data`, { field }));
  }
  return new Promise<Upload>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 1024, parts: 10 } });
    } catch {
      return reject(validationFailed([{ field, message: "the multipart body is malformed" }]));
    }
    let file: Upload | undefined;
    const fields: Record<string, string> = {};
    let failure: AppError | undefined;
    const fail = (err: AppError) => {
      failure ??= err;
      req.unpipe(parser);
      req.resume();
      reject(failure);
    };
    parser.on("file", (name, stream, info) => {
      if (name !== field) {
        stream.resume();
        return fail(validationFailed([{ field: name, message: `unexpected file; send it as "${field}"` }]));
      }
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("limit", () => fail(fileTooLarge(field, maxBytes)));
      stream.on("end", () => {
        if (!failure) file = { name: (info.filename || "file").slice(0, 200), data: Buffer.concat(chunks), fields };
      });
    });
    parser.on("field", (name, value) => void (fields[name] = value));
    parser.on("filesLimit", () => fail(validationFailed([{ field, message: "send one file at a time" }])));
    parser.on("error", () => fail(validationFailed([{ field, message: "the multipart body is malformed" }])));
    parser.on("close", () => {
      if (failure) return;
      if (!file) return reject(validationFailed([{ field, code: "required", message: "is required" }]));
      if (file.data.length === 0) return reject(validationFailed([{ field, message: "is empty" }]));
      resolve(file);
    });
    req.pipe(parser);
  });
}
