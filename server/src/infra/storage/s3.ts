import { AwsClient } from "aws4fetch";
import type { FileStore } from "./types.js";

export interface S3Location {
  /** Endpoint origin, e.g. https://s3.eu-west-1.amazonaws.com or http://127.0.0.1:9000 */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** `https://KEY:SECRET@host[:port]/bucket[?region=eu-west-1]` → where and how to reach the bucket (path-style). */
export function parseS3Url(url: string): S3Location {
  const u = new URL(url);
  const bucket = decodeURIComponent(u.pathname.replace(/^\/+|\/+$/g, ""));
  return {
    endpoint: u.origin,
    bucket,
    region: u.searchParams.get("region") ?? "us-east-1",
    accessKeyId: decodeURIComponent(u.username),
    secretAccessKey: decodeURIComponent(u.password),
  };
}

const encodeKey = (key: string) => key.split("/").map(encodeURIComponent).join("/");

/** Files in S3-compatible storage, signed with AWS Signature V4; only the four calls Parklink needs. */
export function s3Store(location: S3Location): FileStore {
  const client = new AwsClient({ accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey, service: "s3", region: location.region });
  const base = `${location.endpoint}/${encodeURIComponent(location.bucket)}`;
  const call = async (url: string, init: RequestInit = {}, ok: number[] = [200]) => {
    const res = await client.fetch(url, init);
    if (!ok.includes(res.status)) {
      const body = await res.text().catch(() => "");
      throw new Error(`S3 ${init.method ?? "GET"} ${new URL(url).pathname} answered ${res.status}: ${/<Code>([^<]+)/.exec(body)?.[1] ?? body.slice(0, 100)}`);
    }
    return res;
  };
  const remove = (key: string) => call(`${base}/${encodeKey(key)}`, { method: "DELETE" }, [200, 204, 404]);
  return {
    kind: "s3",
    put: async (key, data, contentType) => {
      await call(`${base}/${encodeKey(key)}`, { method: "PUT", body: new Uint8Array(data), headers: { "content-type": contentType } });
    },
    get: async (key) => {
      const res = await call(`${base}/${encodeKey(key)}`, {}, [200, 404]);
      if (res.status === 404) return null;
      return { data: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get("content-type") ?? "application/octet-stream" };
    },
    delete: async (key) => {
      await remove(key);
    },
    deletePrefix: async (prefix) => {
      let deleted = 0;
      let token: string | undefined;
      do {
        const query = new URLSearchParams({ "list-type": "2", prefix, ...(token ? { "continuation-token": token } : {}) });
        const xml = await (await call(`${base}?${query}`)).text();
        const keys = [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => unescapeXml(m[1]));
        for (const key of keys) await remove(key);
        deleted += keys.length;
        token = /<IsTruncated>true<\/IsTruncated>/.test(xml) ? unescapeXml(/<NextContinuationToken>([^<]*)</.exec(xml)?.[1] ?? "") || undefined : undefined;
      } while (token);
      return deleted;
    },
  };
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
