import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { gridFsStore } from "./gridfs.js";
import { parseS3Url, s3Store } from "./s3.js";
import type { FileStore } from "./types.js";
import { loadConfig } from "../../config.js";

let ctx: TestContext;
let s3: S3rver;
let s3Dir: string;
let s3Url: string;
const stores: Record<string, () => FileStore> = {
  gridfs: () => gridFsStore(ctx.deps.db),
  s3: () => s3Store(parseS3Url(s3Url)),
};

beforeAll(async () => {
  ctx = await createTestContext();
  s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), "parklink-s3-"));
  s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3Dir, configureBuckets: [{ name: "parklink-media", configs: [] }] });
  const { port } = await s3.run();
  s3Url = `http://S3RVER:S3RVER@127.0.0.1:${port}/parklink-media`;
});
afterAll(async () => {
  await s3.close();
  fs.rmSync(s3Dir, { recursive: true, force: true });
  await ctx.cleanup();
});

describe.each(Object.keys(stores))("the %s file store", (kind) => {
  it("when a file larger than one chunk is stored, then the same bytes and type come back", async () => {
    const store = stores[kind]();
    expect(store.kind).toBe(kind);
    const data = crypto.randomBytes(600 * 1024);
    await store.put("orgs/64b0/logo/a b+c.webp", data, "image/webp");
    const got = await store.get("orgs/64b0/logo/a b+c.webp");
    expect(got?.contentType).toBe("image/webp");
    expect(got?.data.equals(data)).toBe(true);
    expect(await store.get("orgs/64b0/logo/missing.webp")).toBeNull();
  });

  it("when a prefix is deleted, then its files go and the files of a neighbour with a longer id stay", async () => {
    const store = stores[kind]();
    for (const key of ["orgs/77/logo/1.webp", "orgs/77/photos/2.webp", "orgs/777/logo/3.webp"]) await store.put(key, Buffer.from(key), "image/webp");
    expect(await store.deletePrefix("orgs/77/")).toBe(2);
    expect(await store.get("orgs/77/logo/1.webp")).toBeNull();
    expect(await store.get("orgs/77/photos/2.webp")).toBeNull();
    expect((await store.get("orgs/777/logo/3.webp"))?.data.toString()).toBe("orgs/777/logo/3.webp");
    await store.delete("orgs/777/logo/3.webp");
    expect(await store.get("orgs/777/logo/3.webp")).toBeNull();
    await store.delete("orgs/777/logo/3.webp");
  });
});

describe("S3 configuration", () => {
  it("when S3_URL names the bucket and keys, then they are read from it; a URL without keys or bucket is named", () => {
    expect(parseS3Url("https://AKIA%2FX:se%2Fcret@s3.eu-west-1.amazonaws.com/parklink?region=eu-west-1")).toEqual({
      endpoint: "https://s3.eu-west-1.amazonaws.com",
      bucket: "parklink",
      region: "eu-west-1",
      accessKeyId: "AKIA/X",
      secretAccessKey: "se/cret",
    });
    expect(() => loadConfig({ S3_URL: "https://s3.example.org/parklink" })).toThrow(/S3_URL/);
    expect(() => loadConfig({ S3_URL: "https://k:s@s3.example.org" })).toThrow(/S3_URL/);
  });

  it("when the bucket does not exist, then a write fails with the S3 error code", async () => {
    const store = s3Store(parseS3Url(s3Url.replace("parklink-media", "no-such-bucket")));
    await expect(store.put("x", Buffer.from("x"), "text/plain")).rejects.toThrow(/NoSuchBucket/);
  });
});
