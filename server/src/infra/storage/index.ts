import type mongoose from "mongoose";
import type { Config } from "../../config.js";
import { gridFsStore } from "./gridfs.js";
import { parseS3Url, s3Store } from "./s3.js";
import type { FileStore } from "./types.js";

export type { FileStore, StoredObject } from "./types.js";

const stores = new WeakMap<mongoose.Connection, FileStore>();

/** The file store of an app: S3 when S3_URL is set, else GridFS on the app's own database (one per connection). */
export function fileStore(deps: { config: Pick<Config, "S3_URL">; db: mongoose.Connection }): FileStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = deps.config.S3_URL ? s3Store(parseS3Url(deps.config.S3_URL)) : gridFsStore(deps.db);
    stores.set(deps.db, store);
  }
  return store;
}
