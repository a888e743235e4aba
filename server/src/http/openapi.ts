import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { RouteSpec } from "./api-router.js";
import { fixPatterns } from "./openapi-patterns.js";

const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** Express "/orgs/:id" → OpenAPI "/orgs/{id}". */
const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

/** The OpenAPI 3.1 document of every declared route, generated from the same zod schemas that validate them. */
export function buildOpenApiDocument(specs: RouteSpec[], info: { version: string }) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  for (const spec of specs) {
    const status = spec.status ?? 200;
    const errors: Record<number, { description: string; content: { "application/json": { schema: typeof errorSchema } } }> = {};
    const addError = (code: number, description: string) =>
      (errors[code] = { description, content: { "application/json": { schema: errorSchema } } });
    if (spec.body || spec.query || spec.params) addError(400, "Validation failed (the field is named)");
    if (spec.access !== "public") addError(401, "Authentication required");
    if (spec.access === "staff" || spec.access === "admin") addError(403, "Staff only");
    if (spec.params) addError(404, "Not found");
    registry.registerPath({
      method: spec.method,
      path: `/api${toOpenApiPath(spec.path)}`,
      summary: spec.summary,
      tags: [spec.tag],
      security: spec.access === "public" ? [] : [{ bearer: [] }],
      request: {
        ...(spec.params ? { params: spec.params as z.ZodObject } : {}),
        ...(spec.query ? { query: spec.query as z.ZodObject } : {}),
        ...(spec.body ? { body: { content: { "application/json": { schema: spec.body } } } } : {}),
      },
      responses: {
        [status]: spec.response
          ? { description: "Success", content: { "application/json": { schema: spec.response } } }
          : { description: "Success" },
        ...errors,
      },
    });
  }
  const generator = new OpenApiGeneratorV31(registry.definitions);
  const document = generator.generateDocument({
    openapi: "3.1.0",
    info: { title: "Parklink API", version: info.version, description: "Park-to-park matchmaking for CISIP members and staff." },
    servers: [{ url: "/" }],
  });
  fixPatterns(document);
  return document;
}

/** A readable docs page that renders /api/openapi.json without any third-party script. */
export function openApiDocsPage(): { html: string; scriptHash: string } {
  const match = DOCS_HTML.match(/<script type="module">([\s\S]*)<\/script>/);
  const scriptHash = `sha256-${createHash("sha256").update(match![1]).digest("base64")}`;
  return { html: DOCS_HTML, scriptHash };
}

const DOCS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parklink API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d2433}
h2{border-bottom:1px solid #dde;padding-bottom:.3rem;margin-top:2rem}.op{margin:.6rem 0;padding:.5rem .8rem;border:1px solid #e3e6ef;border-radius:6px}
.m{display:inline-block;min-width:4.2rem;font-weight:700;text-transform:uppercase}.get{color:#1769aa}.post{color:#2e7d32}.patch,.put{color:#a66300}.delete{color:#b3261e}
code{font-size:.95em}details pre{background:#f6f7fb;padding:.6rem;overflow:auto;font-size:.8rem}</style></head>
<body><h1>Parklink API</h1><p>Generated from the shared zod schemas. Raw document: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<div id="ops">Loading…</div>
<script type="module">
const doc = await (await fetch("/api/openapi.json")).json();
const byTag = {};
for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) (byTag[op.tags?.[0] ?? "other"] ??= []).push({ path, method, op });
const root = document.getElementById("ops"); root.textContent = "";
for (const [tag, ops] of Object.entries(byTag)) {
  const h = document.createElement("h2"); h.textContent = tag; root.append(h);
  for (const { path, method, op } of ops) {
    const div = document.createElement("div"); div.className = "op";
    const m = document.createElement("span"); m.className = "m " + method; m.textContent = method;
    const c = document.createElement("code"); c.textContent = path;
    const s = document.createElement("span"); s.textContent = " — " + (op.summary ?? "") + (op.security?.length ? " 🔒" : "");
    const d = document.createElement("details"); const sum = document.createElement("summary"); sum.textContent = "schema";
    const pre = document.createElement("pre"); pre.textContent = JSON.stringify({ parameters: op.parameters, requestBody: op.requestBody, responses: op.responses }, null, 2);
    d.append(sum, pre); div.append(m, c, s, d); root.append(div);
  }
}
</script></body></html>`;
