/** A stored file's bytes and type. */
export interface StoredObject {
  data: Buffer;
  contentType: string;
}

/**
 * Where uploaded files live: MongoDB GridFS by default, S3-compatible storage when S3_URL is
 * set. Keys are paths ("orgs/<id>/logo/<file>.webp"); deleting a prefix deletes a whole
 * owner's files.
 */
export interface FileStore {
  readonly kind: "gridfs" | "s3";
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
  /** Deletes every file whose key starts with `prefix`; returns how many. */
  deletePrefix(prefix: string): Promise<number>;
}
