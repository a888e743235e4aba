import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Response } from "express";
import type mongoose from "mongoose";
import { stringify } from "csv-stringify/sync";
import { CSV_LIST_SEPARATOR, type Bilingual, type ExportEntity } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { introductionModel, type Introduction } from "../introductions/model.js";
import { orgModel, type Org } from "../orgs/model.js";
import { presentOrg } from "../orgs/presenter.js";
import { requestModel, type CooperationRequest } from "../requests/model.js";
import { presentRequest } from "../requests/presenter.js";
import { EXPORTED_ORG_STATUSES, inExport } from "../../policies/exports.js";
import { EXPORT_ONLY_COLUMNS, ORG_COLUMNS, guardCell } from "./import.js";

/** Documents read per round trip: memory stays flat however large the collection. */
const BATCH = 500;

type Names = Map<string, Pick<Org, "name" | "kind" | "country" | "status">>;
type Flat = Record<string, unknown>;

/**
 * How one entity is exported: its cursor, the organizations it names (looked up once per
 * batch), its JSON record, and its CSV columns read from that record. Only the listed
 * fields leave the database (contacts yes; nothing from users, no hashes or tokens).
 */
interface EntityExport<D> {
  cursor(deps: AppDeps): AsyncIterable<D>;
  orgIds?(doc: D): mongoose.Types.ObjectId[];
  /** Whether the export policy lets the document in (the cursor's filter aside). */
  included?(doc: D, names: Names): boolean;
  record(doc: D, names: Names): Flat;
  columns: Column[];
}
type Column = [header: string, read: (record: Flat) => unknown];

const iso = (d: Date | undefined) => d?.toISOString();
const at = (path: string) => (record: Flat) =>
  path.split(".").reduce<unknown>((node, key) => (node as Flat | undefined)?.[key], record);
/** Columns named as the record's own fields. */
const plain = (...fields: string[]): Column[] => fields.map((f) => [f, at(f)]);
const nameOf = (names: Names, id: unknown): Bilingual | undefined => (id ? names.get(String(id))?.name : undefined);

/** A column per ORG_COLUMNS entry, so the CSV can be imported again; contacts as parallel lists. */
const orgColumns: Column[] = [
  ...plain("id", "status", "region"),
  ...Object.entries(ORG_COLUMNS).map(([column, { path }]): Column =>
    path.startsWith("contacts.")
      ? [column, (r) => ((r.contacts as Flat[] | undefined) ?? []).map((c) => c[path.slice(9)] ?? "")]
      : [column, at(path)],
  ),
  ...plain(...EXPORT_ONLY_COLUMNS.filter((c) => c.endsWith("At"))),
];

const orgs: EntityExport<Org> = {
  cursor: (deps) =>
    orgModel(deps.db).find({ status: { $in: [...EXPORTED_ORG_STATUSES] } }).sort({ _id: 1 }).lean<Org>().cursor({ batchSize: BATCH }),
  included: (org) => inExport("orgs", { orgStatus: org.status }),
  record: (org) => presentOrg(org, { contacts: true, vetting: true }),
  columns: orgColumns,
};

const requests: EntityExport<CooperationRequest> = {
  cursor: (deps) => requestModel(deps.db).find().sort({ _id: 1 }).lean<CooperationRequest>().cursor({ batchSize: BATCH }),
  orgIds: (r) => [r.orgId],
  included: (r, names) => inExport("requests", { orgStatus: names.get(String(r.orgId))?.status }),
  record: (r, names) => ({ ...presentRequest(r, names.get(String(r.orgId))), ...(r.closedAt ? { closedAt: iso(r.closedAt) } : {}) }),
  columns: [
    ...plain("id", "orgId"),
    ["org_name_en", at("orgName.en")],
    ["org_name_local", at("orgName.local")],
    ...plain("type", "state"),
    ["title_en", at("title.en")],
    ["title_local", at("title.local")],
    ["description_en", at("description.en")],
    ["description_local", at("description.local")],
    ...plain("industries", "targetRegions", "targetCountries", "partnerKinds", "trlMin", "trlMax", "ticketMinUsd", "ticketMaxUsd"),
    ...plain("expiresAt", "openedAt", "closedAt", "createdAt", "updatedAt"),
  ],
};

function side(s: Introduction["from"], names: Names) {
  return {
    orgId: String(s.orgId),
    orgName: nameOf(names, s.orgId),
    acceptedAt: iso(s.acceptedAt),
    declinedAt: iso(s.declinedAt),
    declineReason: s.declineReason,
  };
}

const introductions: EntityExport<Introduction> = {
  cursor: (deps) => introductionModel(deps.db).find().sort({ _id: 1 }).lean<Introduction>().cursor({ batchSize: BATCH }),
  orgIds: (i) => [i.from.orgId, i.to.orgId],
  record: (i, names) => ({
    id: String(i._id),
    status: i.status,
    origin: i.origin,
    from: side(i.from, names),
    to: side(i.to, names),
    requestId: i.requestId ? String(i.requestId) : undefined,
    target: i.target ? { entity: i.target.entity, id: String(i.target.id) } : undefined,
    message: i.message,
    history: (i.history ?? []).map((h) => ({ status: h.status, at: iso(h.at) })),
    outcome: i.outcome ? { kind: i.outcome.kind, note: i.outcome.note, recordedAt: iso(i.outcome.recordedAt) } : undefined,
    createdAt: iso(i.createdAt),
    introducedAt: iso(i.introducedAt),
    firstReplyAt: iso(i.firstReplyAt),
    expiresAt: iso(i.expiresAt),
    updatedAt: iso(i.updatedAt),
  }),
  columns: [
    ...plain("id", "status", "origin"),
    ...(["from", "to"] as const).flatMap((s): Column[] => [
      [`${s}_org_id`, at(`${s}.orgId`)],
      [`${s}_org_name_en`, at(`${s}.orgName.en`)],
      [`${s}_org_name_local`, at(`${s}.orgName.local`)],
      [`${s}_accepted_at`, at(`${s}.acceptedAt`)],
      [`${s}_declined_at`, at(`${s}.declinedAt`)],
      [`${s}_decline_reason`, at(`${s}.declineReason`)],
    ]),
    ["request_id", at("requestId")],
    ["target_entity", at("target.entity")],
    ["target_id", at("target.id")],
    ["message", at("message")],
    ["history", (r) => (r.history as { status: string; at?: string }[]).map((h) => `${h.status}@${h.at ?? ""}`)],
    ["outcome_kind", at("outcome.kind")],
    ["outcome_note", at("outcome.note")],
    ["outcome_recorded_at", at("outcome.recordedAt")],
    ...plain("createdAt", "introducedAt", "firstReplyAt", "expiresAt", "updatedAt"),
  ],
};

// Each spec only ever meets its own documents, so the table forgets the document type.
const EXPORTS: { [E in ExportEntity]: EntityExport<never> } = {
  orgs: orgs as EntityExport<never>,
  requests: requests as EntityExport<never>,
  introductions: introductions as EntityExport<never>,
};

/** A CSV cell: lists joined by "|", numbers as digits, empty for nothing, formula-looking text defused. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(cell).join(CSV_LIST_SEPARATOR);
  return guardCell(String(value));
}

/** The entity's records, a batch at a time, with the organizations they name looked up per batch. */
async function* recordBatches<D>(deps: AppDeps, spec: EntityExport<D>): AsyncGenerator<Flat[]> {
  let batch: D[] = [];
  const flush = async () => {
    const ids = spec.orgIds ? [...new Set(batch.flatMap((d) => spec.orgIds!(d).map(String)))] : [];
    const found = ids.length
      ? await orgModel(deps.db).find({ _id: { $in: ids } }, { name: 1, kind: 1, country: 1, status: 1 }).lean<Org[]>()
      : [];
    const names: Names = new Map(found.map((o) => [String(o._id), o]));
    const records = batch.filter((d) => spec.included?.(d, names) ?? true).map((d) => spec.record(d, names));
    batch = [];
    return records;
  };
  for await (const doc of spec.cursor(deps)) {
    batch.push(doc);
    if (batch.length >= BATCH) yield await flush();
  }
  yield await flush();
}

async function* csvChunks(batches: AsyncGenerator<Flat[]>, columns: Column[]): AsyncGenerator<string> {
  let first = true;
  for await (const records of batches) {
    const rows = records.map((r) => columns.map(([, read]) => cell(read(r))));
    // A byte-order mark first, so spreadsheet programs read the Chinese names as UTF-8.
    yield stringify(rows, { header: first, columns: columns.map(([name]) => name), bom: first });
    first = false;
  }
}

async function* jsonChunks(batches: AsyncGenerator<Flat[]>): AsyncGenerator<string> {
  let first = true;
  for await (const records of batches) {
    const body = records.map((r) => JSON.stringify(r)).join(",\n");
    yield `${first ? "[\n" : body ? ",\n" : ""}${body}`;
    first = false;
  }
  yield "\n]\n";
}

/**
 * Streams a whole collection as CSV or JSON. The first batch is read before the status
 * line is sent, so a failing database still gets a proper JSON error; a failure after
 * that can only cut the download short, and is logged.
 */
export async function streamExport(deps: AppDeps, entity: ExportEntity, format: "csv" | "json", res: Response): Promise<void> {
  const spec = EXPORTS[entity];
  const batches = recordBatches(deps, spec);
  const chunks = format === "csv" ? csvChunks(batches, spec.columns) : jsonChunks(batches);
  const head = await chunks.next();
  const date = new Date().toISOString().slice(0, 10);
  res.setHeader("Content-Type", format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="parklink-${entity}-${date}.${format}"`);
  res.setHeader("Cache-Control", "no-store");
  async function* all() {
    if (!head.done) yield head.value;
    yield* chunks;
  }
  try {
    await pipeline(Readable.from(all()), res);
  } catch (err) {
    deps.logger.warn({ err, entity }, "export stopped before the end");
  }
}
