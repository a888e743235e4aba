import mongoose from "mongoose";
import type { FileStore, StoredObject } from "./types.js";

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Files in MongoDB GridFS (bucket "media"): no extra service, and the replica set production has already. */
export function gridFsStore(db: mongoose.Connection): FileStore {
  const bucket = () => {
    if (!db.db) throw new Error("MongoDB is not connected");
    return new mongoose.mongo.GridFSBucket(db.db, { bucketName: "media" });
  };
  return {
    kind: "gridfs",
    put: (key, data, contentType) =>
      new Promise<void>((resolve, reject) => {
        const upload = bucket().openUploadStream(key, { metadata: { contentType } });
        upload.once("error", reject);
        upload.once("finish", () => resolve());
        upload.end(data);
      }),
    get: async (key): Promise<StoredObject | null> => {
      const b = bucket();
      const [file] = await b.find({ filename: key }).sort({ uploadDate: -1 }).limit(1).toArray();
      if (!file) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of b.openDownloadStream(file._id)) chunks.push(chunk as Buffer);
      return { data: Buffer.concat(chunks), contentType: String((file.metadata as { contentType?: string } | undefined)?.contentType ?? "application/octet-stream") };
    },
    delete: async (key) => {
      const b = bucket();
      for (const file of await b.find({ filename: key }).toArray()) await b.delete(file._id);
    },
    deletePrefix: async (prefix) => {
      const b = bucket();
      const files = await b.find({ filename: { $regex: `^${escapeRegex(prefix)}` } }).toArray();
      for (const file of files) await b.delete(file._id);
      return files.length;
    },
  };
}
