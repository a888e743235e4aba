import mongoose from "mongoose";
import { describe, expect, it } from "vitest";
import type { OrgStatus, RequestState } from "@parklink/shared";
import type { Policy } from "./authorize.js";
import { chatPolicy, type ChatAction, type ChatRoomRecord } from "./chat.js";
import { inExport } from "./exports.js";
import { introductionPolicy, type IntroductionAction, type IntroductionRecord, type IntroductionStatus } from "./introductions.js";
import { offerPolicy, type OfferAction, type OfferRecord } from "./offers.js";
import { orgPolicy, type OrgAction, type OrgRecord } from "./orgs.js";
import { requestPolicy, type RequestAction, type RequestRecord } from "./requests.js";
import { canStaff, type StaffAction } from "./staff.js";
import { actorsFor, outcome, ROLES } from "./testing.js";

/*
 * Each row: the record's state, the action, and one letter per role in the order
 *   visitor · editor of the owning org · member of another org · owner of the owning org · staff · admin
 * Y allowed, F refused (403), N hidden (404, exactly as a record that does not exist).
 */
const OWN = new mongoose.Types.ObjectId().toString();
const OTHER = new mongoose.Types.ObjectId().toString();
const STAFF_ID = new mongoose.Types.ObjectId().toString();
const actors = actorsFor(OWN, OTHER, { staff: STAFF_ID });
const DAY = 24 * 3600 * 1000;
const future = new Date(Date.now() + 30 * DAY);
const past = new Date(Date.now() - DAY);

function checkTable<A extends string, R>(policy: Policy<A, R>, rows: [label: string, record: R, action: A, expected: string][]) {
  for (const [label, record, action, expected] of rows) {
    const got = ROLES.map((role) => outcome(policy, actors[role], action, record)).join("");
    expect({ row: `${label} · ${action}`, got }).toEqual({ row: `${label} · ${action}`, got: expected });
  }
}

describe("the organization policy", () => {
  const org = (status: OrgStatus, introduced = false): OrgRecord => ({ _id: OWN, status, introduced });
  it("decides by role × vetting status", () => {
    checkTable<OrgAction, OrgRecord>(orgPolicy, [
      ["approved", org("approved"), "read", "YYYYYY"],
      ["pending", org("pending"), "read", "NYNYYY"],
      ["rejected", org("rejected"), "read", "NYNYYY"],
      ["approved", org("approved"), "update", "FYFYYY"],
      ["rejected", org("rejected"), "update", "NYNYYY"],
      ["approved", org("approved"), "delete", "FFFYYY"],
      ["approved", org("approved"), "manageMembers", "FFFYYY"],
      ["pending", org("pending"), "manageMembers", "NFNYYY"],
      ["approved", org("approved"), "readVetting", "FYFYYY"],
      ["approved", org("approved"), "readContacts", "FYFYYY"],
      ["approved, introduced", org("approved", true), "readContacts", "YYYYYY"],
      ["approved", org("approved"), "readIntroductions", "FYFYYY"],
      ["approved", org("approved"), "readSuggestions", "FYFYYY"],
      ["approved", org("approved"), "actFor", "FYFYFF"],
      ["pending", org("pending"), "actFor", "NFNFFF"],
      ["approved", org("approved"), "postRequest", "FYFYYY"],
      ["pending", org("pending"), "postRequest", "NFNFFF"],
      ["rejected", org("rejected"), "postRequest", "NFNFFF"],
      ["pending", org("pending"), "postOffer", "NYNYYY"],
      ["approved", org("approved"), "target", "YYYYYY"],
      ["pending", org("pending"), "target", "NFNFFF"],
      ["rejected", org("rejected"), "target", "NFNFFF"],
    ]);
  });
});

describe("the cooperation request policy", () => {
  const req = (state: RequestState, orgStatus: OrgStatus = "approved", expiresAt = future): RequestRecord => ({ orgId: OWN, state, expiresAt, orgStatus });
  it("decides by role × request state × the organization's status", () => {
    checkTable<RequestAction, RequestRecord>(requestPolicy, [
      ["open", req("open"), "read", "YYYYYY"],
      ["matched", req("matched"), "read", "YYYYYY"],
      ["draft", req("draft"), "read", "NYNYYY"],
      ["closed", req("closed"), "read", "NYNYYY"],
      ["expired", req("expired"), "read", "NYNYYY"],
      ["open, date passed", req("open", "approved", past), "read", "NYNYYY"],
      ["open, org rejected", req("open", "rejected"), "read", "NYNYYY"],
      ["open, org pending", req("open", "pending"), "read", "NYNYYY"],
      ["open", req("open"), "update", "FYFYYY"],
      ["draft", req("draft"), "update", "NYNYYY"],
      ["closed", req("closed"), "transition", "NYNYYY"],
      ["open", req("open"), "delete", "FYFYYY"],
      ["open", req("open"), "readMatches", "FYFYYY"],
      ["draft", req("draft"), "readMatches", "NYNYYY"],
      ["open", req("open"), "target", "YYYYYY"],
      ["draft", req("draft"), "target", "NFNFFF"],
      ["closed", req("closed"), "target", "NFNFFF"],
      ["open, org rejected", req("open", "rejected"), "target", "NFNFFF"],
      ["draft", req("draft"), "cite", "NYNYYY"],
      ["open", req("open"), "cite", "YYYYYY"],
    ]);
  });
});

describe("the technology offer policy", () => {
  const offer = (status: OfferRecord["status"], orgStatus: OrgStatus = "approved", expiresAt = future): OfferRecord => ({ orgId: OWN, status, expiresAt, orgStatus });
  it("decides by role × offer status × the organization's status", () => {
    checkTable<OfferAction, OfferRecord>(offerPolicy, [
      ["active", offer("active"), "read", "YYYYYY"],
      ["withdrawn", offer("withdrawn"), "read", "NYNYYY"],
      ["active, expired", offer("active", "approved", past), "read", "NYNYYY"],
      ["active, org pending", offer("active", "pending"), "read", "NYNYYY"],
      ["active, org rejected", offer("active", "rejected"), "read", "NYNYYY"],
      ["active", offer("active"), "update", "FYFYYY"],
      ["withdrawn", offer("withdrawn"), "delete", "NYNYYY"],
      ["active", offer("active"), "target", "YYYYYY"],
      ["withdrawn", offer("withdrawn"), "target", "NFNFFF"],
      ["active, org pending", offer("active", "pending"), "target", "NFNFFF"],
    ]);
  });
});

describe("the introduction policy (the owning org is the asking side; the other member's org is no side)", () => {
  const THIRD = new mongoose.Types.ObjectId().toString();
  const intro = (status: IntroductionStatus): IntroductionRecord => ({
    from: { orgId: OWN },
    to: { orgId: THIRD },
    status,
    ...(["introduced", "meeting_held", "agreement"].includes(status) ? { introducedAt: new Date() } : {}),
  });
  it("decides by role × side × introduction state", () => {
    const rows: [string, IntroductionRecord, IntroductionAction, string][] = [];
    for (const status of ["proposed", "accepted", "declined", "introduced", "agreement", "expired"] as const) {
      rows.push(
        [status, intro(status), "read", "NYNYYY"],
        [status, intro(status), "respond", "NYNYFF"],
        [status, intro(status), "recordOutcome", "NYNYYY"],
        [status, intro(status), "advance", "NFNFYY"],
        [status, intro(status), "addStaffNote", "NFNFYY"],
        [status, intro(status), "readStaffNotes", "NFNFYY"],
        [status, intro(status), "readPrivateNotes", "NFNFYY"],
        [status, intro(status), "joinAsStaff", "NFNFYY"],
      );
    }
    checkTable(introductionPolicy, rows);
  });
});

describe("the chat room policy", () => {
  const THIRD = new mongoose.Types.ObjectId().toString();
  const room = (status: IntroductionStatus, introducedAt?: Date, invitedStaff: string[] = []): ChatRoomRecord => ({
    orgIds: [OWN, THIRD],
    status,
    introducedAt,
    invitedStaff,
  });
  it("opens to both sides once introduced, and to the staff it invited; refuses everyone else", () => {
    const rows: [string, ChatRoomRecord, ChatAction, string][] = [];
    for (const action of ["join", "send", "read", "typing"] as const) {
      rows.push(
        ["proposed", room("proposed"), action, "FFFFFF"],
        ["accepted", room("accepted"), action, "FFFFFF"],
        ["declined", room("declined"), action, "FFFFFF"],
        ["expired", room("expired"), action, "FFFFFF"],
        ["introduced", room("introduced", new Date()), action, "FYFYFF"],
        ["meeting held", room("meeting_held", new Date()), action, "FYFYFF"],
        ["stalled after the introduction", room("stalled", new Date()), action, "FYFYFF"],
        ["stalled before it", room("stalled"), action, "FFFFFF"],
        ["introduced, staff invited", room("introduced", new Date(), [STAFF_ID]), action, "FYFYYF"],
        ["proposed, staff invited", room("proposed", undefined, [STAFF_ID]), action, "FFFFYF"],
      );
    }
    checkTable(chatPolicy, rows);
  });
});

describe("staff functions and exports", () => {
  it("lets staff and administrators alone use staff functions, whatever members own", () => {
    const actions: StaffAction[] = ["vet", "listByVettingStatus", "proposeIntroduction", "reviewSuggestions", "readStats", "export", "import"];
    for (const action of actions) {
      expect({ action, got: ROLES.map((r) => (canStaff(actors[r], action) ? "Y" : "F")).join("") }).toEqual({ action, got: "FFFFYY" });
    }
  });

  it("exports approved and pending organizations, and requests of approved ones only", () => {
    const statuses: OrgStatus[] = ["approved", "pending", "rejected"];
    expect(statuses.map((s) => inExport("orgs", { orgStatus: s }))).toEqual([true, true, false]);
    expect(statuses.map((s) => inExport("requests", { orgStatus: s }))).toEqual([true, false, false]);
    expect(inExport("requests", {})).toBe(false);
  });
});
