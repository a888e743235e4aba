import { parse, CsvError } from "csv-parse/sync";
import type { z } from "zod";
import { CSV_LIST_SEPARATOR, ORG_KINDS, createOrgBody, type CreateOrgBody, type ImportIssue, type ImportReport } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { AppError } from "../../http/errors.js";
import { orgModel } from "../orgs/model.js";
import { createOrg } from "../orgs/service.js";
import type { Viewer } from "../orgs/access.js";

type CellKind = "text" | "id" | "ids" | "list" | "number";

/**
 * Every CSV column of an organization and where it sits in a create body. Import reads
 * and export writes these same columns, so an export can be imported again.
 * `contacts.*` columns are parallel lists: the n-th name goes with the n-th e-mail.
 */
export const ORG_COLUMNS: Record<string, { path: string; cell: CellKind }> = {
  kind: { path: "kind", cell: "id" },
  name_en: { path: "name.en", cell: "text" },
  name_local: { path: "name.local", cell: "text" },
  description_en: { path: "description.en", cell: "text" },
  description_local: { path: "description.local", cell: "text" },
  country: { path: "country", cell: "text" },
  city: { path: "city", cell: "text" },
  website: { path: "website", cell: "text" },
  industries: { path: "industries", cell: "ids" },
  cooperationInterests: { path: "cooperationInterests", cell: "ids" },
  interestRegions: { path: "interestRegions", cell: "ids" },
  languages: { path: "languages", cell: "ids" },
  contact_name: { path: "contacts.name", cell: "list" },
  contact_email: { path: "contacts.email", cell: "list" },
  contact_phone: { path: "contacts.phone", cell: "list" },
  contact_title: { path: "contacts.title", cell: "list" },
  park_founded: { path: "park.founded", cell: "number" },
  park_management: { path: "park.management", cell: "id" },
  park_stage: { path: "park.stage", cell: "id" },
  park_services: { path: "park.services", cell: "ids" },
  park_invested_by: { path: "park.investedBy", cell: "text" },
  park_area_km2: { path: "park.areaKm2", cell: "number" },
  park_resident_companies: { path: "park.residentCompanies", cell: "number" },
  enterprise_size: { path: "enterprise.size", cell: "id" },
  enterprise_products: { path: "enterprise.products", cell: "list" },
  enterprise_seeks: { path: "enterprise.seeks", cell: "ids" },
  enterprise_home_park_id: { path: "enterprise.homeParkId", cell: "text" },
  investor_type: { path: "investor.investorType", cell: "id" },
  investor_stages: { path: "investor.stages", cell: "ids" },
  investor_ticket_min_usd: { path: "investor.ticketMinUsd", cell: "number" },
  investor_ticket_max_usd: { path: "investor.ticketMaxUsd", cell: "number" },
  institution_type: { path: "institution.institutionType", cell: "id" },
};
/** Columns an export adds that an import ignores. */
export const EXPORT_ONLY_COLUMNS = ["id", "status", "region", "createdAt", "updatedAt"];

const columnOfPath = new Map(Object.entries(ORG_COLUMNS).map(([column, { path }]) => [path, column]));
const KINDS: readonly string[] = ORG_KINDS;

// Spreadsheet programs run cells starting with = + - @ tab or CR as formulas ("-2+3+cmd|…",
// "+1+…"). Export prefixes every such cell with an apostrophe, as OWASP advises, phone
// numbers ("+33 …") included: spreadsheets show them without it. Import takes it off.
const FORMULA = /^[=+\-@\t\r]/;
export const guardCell = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
const unguardCell = (text: string) => (text.startsWith("'") && FORMULA.test(text.slice(1)) ? text.slice(1) : text);

const splitList = (text: string) => text.split(CSV_LIST_SEPARATOR).map((v) => v.trim());

function convert(text: string, cell: CellKind): unknown {
  switch (cell) {
    case "text":
      return text;
    case "id":
      return text.toLowerCase();
    case "ids":
      return splitList(text.toLowerCase()).filter(Boolean);
    case "list":
      return splitList(text).filter(Boolean);
    case "number": {
      // Thousands separators as spreadsheets write them ("1,000,000"); anything else stays text for zod to name.
      const n = Number(text.replace(/[\s_,]/g, ""));
      return Number.isFinite(n) ? n : text;
    }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

function getPath(source: unknown, path: PropertyKey[]): unknown {
  let node = source;
  for (const key of path) node = node === null || typeof node !== "object" ? undefined : (node as Record<PropertyKey, unknown>)[key];
  return node;
}

/** One CSV row (column → cell) as a create body, plus problems found before validation. */
export function rowToBody(cells: Record<string, string>): { body: Record<string, unknown>; issues: Omit<ImportIssue, "line">[] } {
  const body: Record<string, unknown> = {};
  const issues: Omit<ImportIssue, "line">[] = [];
  const kind = cells.kind?.trim().toLowerCase();
  const contacts: Record<string, string[]> = {};
  for (const [column, raw] of Object.entries(cells)) {
    const spec = Object.hasOwn(ORG_COLUMNS, column) ? ORG_COLUMNS[column] : undefined;
    const text = spec ? unguardCell(raw.trim()) : "";
    if (!spec || text === "") continue;
    const [head, field] = spec.path.split(".");
    if (head === "contacts") {
      contacts[field] = splitList(text);
    } else if (KINDS.includes(head) && head !== kind) {
      issues.push({ field: column, message: `is only for kind ${head}` });
    } else {
      setPath(body, spec.path, convert(text, spec.cell));
    }
  }
  const count = Math.max(0, ...Object.values(contacts).map((list) => list.length));
  if (count > 0) {
    body.contacts = Array.from({ length: count }, (_, i) =>
      Object.fromEntries(Object.entries(contacts).flatMap(([key, list]) => (list[i] ? [[key, list[i]]] : []))),
    );
  }
  // An empty profile makes zod name each missing kind-specific column.
  if (kind && KINDS.includes(kind)) body[kind] ??= {};
  return { body, issues };
}

/** A message a spreadsheet user can act on (zod would list all 200 country codes). */
function explain(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined || value === "") return "is required";
  if (issue.code === "invalid_union" && issue.path.join(".") === "kind") return `must be one of ${ORG_KINDS.join(", ")}`;
  if (issue.code === "invalid_type" && issue.expected === "number") return `must be a number, not "${String(value)}"`;
  if (issue.code === "invalid_value") {
    return issue.values.length <= 12 ? `must be one of ${issue.values.join(", ")}` : `"${String(value)}" is not a known value`;
  }
  return issue.message;
}

/** The CSV column of a body path ("contacts.0.email" → contact_email; a whole missing "name" → name_en). */
function columnOf(path: PropertyKey[]): string {
  const key = path.filter((k) => typeof k === "string" && !/^\d+$/.test(k)).join(".");
  const inside = [...columnOfPath.entries()].find(([p]) => p.startsWith(`${key}.`))?.[1];
  return columnOfPath.get(key) ?? inside ?? (key || "row");
}

const toRowIssue = (issue: z.core.$ZodIssue, body: unknown): Omit<ImportIssue, "line"> => ({
  field: columnOf(issue.path),
  message: explain(issue, getPath(body, issue.path)),
});

interface Row {
  /** The CSV line where the row starts (the header is line 1). */
  line: number;
  record: string[];
}

/** Parses the CSV into its header and rows; a file that cannot be read, or has unknown columns, is a 400. */
function readRows(csv: string): { header: string[]; rows: Row[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as unknown as typeof records;
  } catch (err) {
    if (err instanceof CsvError) throw new AppError(400, "invalid_csv", `The CSV cannot be read: ${err.message}`);
    throw err;
  }
  if (records.length === 0) throw new AppError(400, "invalid_csv", "The CSV is empty: it needs a header row");
  const header = records[0].record.map((h) => h.trim());
  const headerIssues = header.flatMap((column, i) =>
    !Object.hasOwn(ORG_COLUMNS, column) && !EXPORT_ONLY_COLUMNS.includes(column)
      ? [{ line: 1, field: column || `column ${i + 1}`, message: "unknown column" }]
      : header.indexOf(column) !== i
        ? [{ line: 1, field: column, message: "appears twice" }]
        : [],
  );
  if (headerIssues.length > 0) {
    const names = headerIssues.map((i) => i.field).join(", ");
    throw new AppError(400, "invalid_csv", `Unknown or repeated columns: ${names}`, { errors: headerIssues });
  }
  const rows = records.slice(1).map(({ record, info }) => {
    // info.lines is where the record ends; quoted cells may hold line breaks.
    const breaks = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return { line: info.lines - breaks, record };
  });
  return { header, rows };
}

interface Checked {
  line: number;
  body?: CreateOrgBody;
  issues: ImportIssue[];
}

function validateRow(header: string[], row: Row): Checked {
  const at = (issue: Omit<ImportIssue, "line">): ImportIssue => ({ line: row.line, ...issue });
  // Fewer cells than columns is fine (trailing cells left out); more means a shifted row.
  if (row.record.length > header.length) {
    return { line: row.line, issues: [at({ field: "row", message: `has ${row.record.length} cells; the header has ${header.length}` })] };
  }
  const { body, issues } = rowToBody(Object.fromEntries(header.map((column, i) => [column, row.record[i] ?? ""])));
  const parsed = createOrgBody.safeParse(body);
  const all = [...issues, ...(parsed.success ? [] : parsed.error.issues.map((issue) => toRowIssue(issue, body)))].map(at);
  return parsed.success && all.length === 0 ? { line: row.line, body: parsed.data, issues: [] } : { line: row.line, issues: all };
}

/** Rows naming an organization that exists already, or that an earlier row of the file names. */
async function markDuplicates(deps: AppDeps, rows: Checked[]): Promise<void> {
  const valid = rows.filter((r) => r.body);
  const key = (country: string, name: string) => `${country}\u0000${name.trim().toLowerCase()}`;
  const existing = await orgModel(deps.db)
    .find({ country: { $in: [...new Set(valid.map((r) => r.body!.country))] } }, { country: 1, "name.en": 1 })
    .lean();
  const seen = new Map<string, number>(existing.map((o) => [key(o.country, o.name.en), 0]));
  for (const row of valid) {
    const k = key(row.body!.country, row.body!.name.en);
    const earlier = seen.get(k);
    if (earlier === undefined) {
      seen.set(k, row.line);
      continue;
    }
    const message = earlier === 0 ? "an organization with this name already exists in this country" : `repeats line ${earlier}`;
    row.issues.push({ line: row.line, field: "name_en", message });
    row.body = undefined;
  }
}

/** Imported organizations belong to no member: staff hand them over later by adding members. */
const importer: Viewer = { staff: true, memberships: new Map() };

/**
 * Checks every row of an organization CSV with the same schema as the API; unless it is
 * a dry run, creates the valid ones through createOrg (so search indexes them).
 */
export async function importOrgs(
  deps: AppDeps,
  csv: string,
  opts: { dryRun: boolean; status: "approved" | "pending" },
): Promise<ImportReport> {
  const { header, rows } = readRows(csv);
  const checked = rows.map((row) => validateRow(header, row));
  await markDuplicates(deps, checked);
  let imported = 0;
  if (!opts.dryRun) {
    for (const row of checked.filter((r) => r.body)) {
      try {
        await createOrg(deps, importer, row.body!, { status: opts.status });
        imported += 1;
      } catch (err) {
        row.body = undefined;
        const issues = err instanceof AppError ? ((err.details as { issues?: { field: string; message: string }[] })?.issues ?? []) : [];
        if (!(err instanceof AppError)) deps.logger.error({ err, line: row.line }, "import: could not save an organization");
        const named = issues.map((i) => ({ line: row.line, field: columnOf(i.field.split(".")), message: i.message }));
        row.issues.push(...(named.length > 0 ? named : [{ line: row.line, field: "row", message: "could not be saved" }]));
      }
    }
  }
  const valid = checked.filter((r) => r.body).length;
  return { dryRun: opts.dryRun, valid, invalid: checked.length - valid, imported, errors: checked.flatMap((r) => r.issues) };
}
