import express from "express";
import { stringify } from "csv-stringify/sync";
import { IMPORT_ORG_COLUMNS, adminStats, exportParams, exportQuery, importOrgsQuery, importReport } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import { AppError } from "../../http/errors.js";
import { authorizeStaff, type StaffAction } from "../../policies/staff.js";
import { viewerOf } from "../orgs/access.js";
import type { Guard } from "../index.js";
import { streamExport } from "./export.js";
import { importOrgs } from "./import.js";
import { adminStatsOf } from "./stats.js";

const IMPORT_PATH = "/admin/import/orgs";

/** Staff analytics, CSV/JSON exports of the main collections, and organization imports. */
export function adminModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Administration";
  /** The route guard lets staff in; the staff policy decides (the same answer, in one place). */
  const staffOnly = async (req: express.Request, action: StaffAction) => authorizeStaff(await viewerOf(deps, req.auth), action);

  api.route(
    { method: "get", path: "/admin/stats", tag, access: "staff", summary: "Members, requests and the introduction funnel in figures", response: adminStats },
    async (_input, req) => {
      await staffOnly(req, "readStats");
      return adminStatsOf(deps);
    },
  );
  api.route(
    {
      method: "get",
      path: "/admin/export/:entity",
      tag,
      access: "staff",
      summary: "Download organizations, requests or introductions as CSV or JSON (contacts included)",
      params: exportParams,
      query: exportQuery,
    },
    async ({ params, query }, req, res) => {
      await staffOnly(req, "export");
      return streamExport(deps, params.entity, query.format, res);
    },
  );
  api.route(
    { method: "get", path: `${IMPORT_PATH}/template`, tag, access: "staff", summary: "The header row of an organization import, as CSV" },
    (_input, _req, res) => {
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", 'attachment; filename="parklink-orgs-import-template.csv"');
      res.send(stringify([[...IMPORT_ORG_COLUMNS]]));
    },
  );

  // The CSV body is read on this route only, and only once the caller is known to be staff.
  api.router.post(IMPORT_PATH, ...guard("staff"), express.text({ type: "text/csv", limit: "5mb" }));
  api.route(
    {
      method: "post",
      path: IMPORT_PATH,
      tag,
      access: "staff",
      summary: "Check (dryRun=true, the default) or import organizations from a text/csv body; every bad row is named by line and column",
      query: importOrgsQuery,
      response: importReport,
    },
    async ({ query }, req) => {
      await staffOnly(req, "import");
      if (!req.is("text/csv")) throw new AppError(415, "unsupported_media_type", "Send the organizations as a text/csv body");
      return importOrgs(deps, typeof req.body === "string" ? req.body : "", { dryRun: query.dryRun === "true", status: query.status });
    },
  );
  return api;
}
