import type { Actor } from "./actor.js";
import { forbidden } from "../http/errors.js";

/** CISIP staff's functions: vetting, the broker pipeline, figures, exports and imports. */
export type StaffAction =
  | "vet"
  | "listByVettingStatus"
  | "proposeIntroduction"
  | "reviewSuggestions"
  | "readStats"
  | "export"
  | "import";

/** Staff and administrators only; members, whatever they own, never. */
export const canStaff = (actor: Actor, _action: StaffAction): boolean => actor.staff;

export function authorizeStaff(actor: Actor, action: StaffAction): void {
  if (!canStaff(actor, action)) throw forbidden("Staff only");
}
