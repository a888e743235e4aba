import type { ExportEntity, OrgStatus } from "@parklink/shared";

/**
 * What a staff export holds: the directory as members may come to see it. Rejected
 * organizations leave it, with their requests; pending applications stay (staff work on
 * them); a re-approval brings both back, since exports read the current status.
 */
export const EXPORTED_ORG_STATUSES: readonly OrgStatus[] = ["approved", "pending"];

export function inExport(entity: ExportEntity, record: { orgStatus?: OrgStatus }): boolean {
  switch (entity) {
    case "orgs":
      return record.orgStatus !== undefined && EXPORTED_ORG_STATUSES.includes(record.orgStatus);
    case "requests":
      return record.orgStatus === "approved";
    case "introductions":
      return true;
  }
}
