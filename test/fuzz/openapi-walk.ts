import fc from "fast-check";

/**
 * Malformed requests for every operation of the OpenAPI document: bodies, path parameters,
 * query strings and headers that are broken, hostile or merely odd, plus near-valid ones
 * derived from each route's own schemas so that the walk reaches the services too.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  method: string;
  /** OpenAPI path, e.g. /api/orgs/{id}. */
  path: string;
  query: string[];
  body?: JsonSchema;
}

export interface FuzzRequest {
  /** The operation walked, as "GET /api/orgs/{id}". */
  operation: string;
  method: string;
  /** Path and query exactly as sent (percent-encoded by the generator, sometimes badly). */
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface Identities {
  /** Authorization header values of signed-in users (member first). */
  bearers: string[];
  /** Ids of real records, so that parameters sometimes name something that exists. */
  ids: string[];
}

export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const query = (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
      const body = op.requestBody?.content?.["application/json"]?.schema;
      ops.push({ method: method.toUpperCase(), path, query, body });
    }
  }
  return ops;
}

const HOSTILE = [
  "", " ", "\u0000", "a\u0000b", "\uD800", "\uDFFF\uD800", "../../etc/passwd", "$where", "$gt", "__proto__", "constructor", "prototype",
  "<script>alert(1)</script>", "' OR 1=1 --", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "索菲亚科技园", "-1", "0", "1e309", "NaN", "Infinity", "null", "true", "[]", "{}",
  "0x1f", "000000000000000000000000", "ffffffffffffffffffffffff", "FFFFFFFFFFFFFFFFFFFFFFFF", "=cmd|' /C calc'!A0", "\r\n", "%", "%00",
  "x".repeat(5000), "9".repeat(400), "a,b,,c,", ",", "|", "*", "\\", "\"", "\t",
];

const hostileText = (ids: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE), weight: 3 },
    { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 2 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 1 },
    { arbitrary: fc.constantFrom(...(ids.length ? ids : ["000000000000000000000000"])), weight: 3 },
  );

/** Any JSON value at all, hostile strings included. */
const anyJson = (ids: string[]) =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      hostileText(ids),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(2 ** 53 + 1, -0, 1e308, -1e308, Number.MIN_VALUE),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "$set", "$where", "a.b", "")), tie("value"), { maxKeys: 4 }),
    ),
  })).value;

function resolve(schema: JsonSchema, doc: OpenApiDoc): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 10; i++) s = doc.components?.schemas?.[s.$ref.split("/").pop()!] ?? {};
  return s;
}

/** A value shaped by the schema most of the time, anything at all now and then, at every depth. */
export function valueFor(schema: JsonSchema, doc: OpenApiDoc, ids: string[], depth = 0, wrongWeight = 1): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  const wrong = anyJson(ids);
  let good: fc.Arbitrary<unknown>;
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  const alternatives = s.anyOf ?? s.oneOf ?? s.allOf;
  if (s.enum?.length) good = fc.constantFrom(...s.enum);
  else if (alternatives?.length) good = fc.oneof(...alternatives.map((a) => valueFor(a, doc, ids, depth + 1, wrongWeight)));
  else if (type === "string" && wrongWeight === 0) {
    good = s.format === "email" ? fc.emailAddress() : s.format === "uri" ? fc.webUrl() : fc.string({ minLength: 1, maxLength: 30 });
  } else if (type === "string") {
    good = s.format === "email" ? fc.emailAddress() : s.format === "uri" ? fc.webUrl() : fc.oneof(hostileText(ids), fc.string({ minLength: 1, maxLength: 30 }));
  } else if (type === "integer" || type === "number") {
    const min = s.minimum ?? -1e6;
    const max = s.maximum ?? 1e6;
    good = fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.constantFrom(min - 1, max + 1, 0.5, 2 ** 31, -(2 ** 31)));
  } else if (type === "boolean") good = fc.boolean();
  else if (type === "array") good = depth > 3 ? fc.constant([]) : fc.array(valueFor(s.items ?? {}, doc, ids, depth + 1, wrongWeight), { maxLength: 4 });
  else if (type === "object" && s.properties && depth <= 3) {
    const model = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, valueFor(v, doc, ids, depth + 1, wrongWeight)]));
    const required = (s.required ?? []).filter((k) => k in model);
    good = fc.record(model, { requiredKeys: required });
  } else good = wrong;
  return wrongWeight === 0 ? good : fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: wrong, weight: wrongWeight });
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes every byte but the unreserved ones (lone surrogates go as their UTF-8 replacement). */
export function encode(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    out += UNRESERVED.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

const BAD_ESCAPES = ["%ED%A0%80", "%", "%zz", "%E0%A4%A", "%C0%AF", "%FF", "%2e%2e", "%2F", "..", ".", "%00", "%uD800", "%25", "%ff%fe%fd"];

const segment = (ids: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...(ids.length ? ids : ["000000000000000000000000"])), weight: 3 },
    { arbitrary: hostileText(ids).map(encode), weight: 3 },
    { arbitrary: fc.constantFrom(...BAD_ESCAPES), weight: 2 },
    { arbitrary: fc.tuple(fc.constantFrom(...BAD_ESCAPES), hostileText(ids).map(encode)).map(([a, b]) => a + b), weight: 1 },
  );

const queryValue = (ids: string[]) =>
  fc.oneof(
    { arbitrary: hostileText(ids).map(encode), weight: 4 },
    { arbitrary: fc.integer({ min: -5, max: 20_000 }).map(String), weight: 2 },
    { arbitrary: fc.constantFrom(...BAD_ESCAPES), weight: 1 },
    { arbitrary: fc.constantFrom("true", "false", "csv", "json", "en", "zh", "park", "open", "draft", "orgs", "requests"), weight: 2 },
  );

function queryString(op: Operation, ids: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { arbitrary: op.query.length ? fc.constantFrom(...op.query) : fc.constant("q"), weight: 5 },
    { arbitrary: fc.constantFrom("__proto__", "constructor", "$where", "q[]", "page[$gt]", "a%00", "%ED%A0%80", ""), weight: 1 },
  );
  return fc.array(fc.tuple(key, queryValue(ids)), { maxLength: 5 }).map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));
}

const INVALID_JSON = ["{", '{"a":', "[1,2", "nul", '"\\ud800"', "[".repeat(3000) + "]".repeat(3000), '{"__proto__":{"role":"admin"}}',
  '{"constructor":{"prototype":{"x":1}}}', "\u0000", "{}garbage", '{"a":1,"a":2}', "\uFEFF{}", "1".repeat(1000)];

function bodyOf(op: Operation, doc: OpenApiDoc, ids: string[]): fc.Arbitrary<Buffer | undefined> {
  const json = (v: unknown) => Buffer.from(JSON.stringify(v) ?? "null");
  if (!op.body) {
    // Routes without a body mostly get none; now and then one they must ignore or refuse.
    return fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: anyJson(ids).map(json), weight: 1 }, { arbitrary: fc.constantFrom(...INVALID_JSON).map((t) => Buffer.from(t)), weight: 1 });
  }
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: valueFor(op.body, doc, ids, 0, 0).map(json), weight: 5 },
    { arbitrary: valueFor(op.body, doc, ids).map(json), weight: 8 },
    { arbitrary: anyJson(ids).map(json), weight: 2 },
    { arbitrary: fc.constantFrom(...INVALID_JSON).map((t) => Buffer.from(t)), weight: 2 },
    { arbitrary: fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)), weight: 1 },
    { arbitrary: fc.constant(Buffer.from(JSON.stringify({ text: "x".repeat(300_000) }))), weight: 1 },
  );
}

const CONTENT_TYPES = ["application/json", "application/json; charset=utf-8", "application/json; charset=utf-16", "application/json; charset=latin1",
  "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", 'application/json; charset="', "text/csv", "application/merge-patch+json", ";;;", "application/json; charset"];
const ENCODINGS = ["gzip", "br", "deflate", "identity", "gzip, br", "zstd", "x-unknown"];

function headersOf(identities: Identities): fc.Arbitrary<Record<string, string>> {
  const bearer = identities.bearers[0] ?? "Bearer none";
  const authorization = fc.oneof(
    { arbitrary: fc.constantFrom(...identities.bearers), weight: 7 },
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: fc.constantFrom("Bearer ", "Bearer garbage", "Basic dXNlcjpwYXNz", `${bearer}x`, `${bearer} ${bearer}`, "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
      `Bearer ${bearer.slice(7).split(".").slice(0, 2).join(".")}.AAAA`), weight: 2 },
  );
  return fc.record(
    {
      authorization,
      "content-type": fc.oneof({ arbitrary: fc.constant("application/json"), weight: 12 }, { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 1 }),
      "content-encoding": fc.oneof({ arbitrary: fc.constant(undefined), weight: 14 }, { arbitrary: fc.constantFrom(...ENCODINGS), weight: 1 }),
      accept: fc.constantFrom(undefined, "*/*", "text/html", "application/xml", "\u00e9"),
      "accept-language": fc.constantFrom(undefined, "zh-CN", "en;q=0.5, zh;q=abc", "*"),
      "x-request-id": fc.constantFrom(undefined, "abc", "../x", "a".repeat(200)),
    },
    { requiredKeys: [] },
  ).map((h) => Object.fromEntries(Object.entries(h).filter((e): e is [string, string] => typeof e[1] === "string" && /^[\x20-\x7e]*$/.test(e[1]))));
}

/** One request to one operation of the document, malformed in one or several ways. */
export function fuzzRequests(doc: OpenApiDoc, identities: Identities): fc.Arbitrary<FuzzRequest> {
  const ops = operationsOf(doc);
  const perOp = ops.map((op) => {
    const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    return fc
      .record({
        segments: fc.tuple(...names.map(() => segment(identities.ids))),
        query: queryString(op, identities.ids),
        body: bodyOf(op, doc, identities.ids),
        headers: headersOf(identities),
      })
      .map(({ segments, query, body, headers }): FuzzRequest => {
        let i = 0;
        const path = op.path.replace(/\{[^}]+\}/g, () => segments[i++] as string);
        return { operation: `${op.method} ${op.path}`, method: op.method, target: path + query, headers, body };
      });
  });
  return fc.nat({ max: ops.length - 1 }).chain((i) => perOp[i]);
}
