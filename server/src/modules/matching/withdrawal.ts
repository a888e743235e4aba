import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { orgModel } from "../orgs/model.js";
import { requestModel } from "../requests/model.js";
import { suggestionModel } from "./model.js";

/**
 * A vetting reversal, inside the decision's transaction: the stored suggestions naming the
 * organization (as requester or as candidate) are withheld while it is not approved and shown
 * again when it is; on approval its open requests are due for fresh suggestions.
 */
export async function withholdSuggestionsOf(
  deps: Pick<AppDeps, "db">,
  session: mongoose.ClientSession,
  orgId: mongoose.Types.ObjectId,
  approved: boolean,
): Promise<void> {
  const naming = { $or: [{ requesterOrgId: orgId }, { "candidate.orgId": orgId }] };
  if (approved) {
    await suggestionModel(deps.db).updateMany(naming, { $unset: { withheld: 1 } }, { session });
    await requestModel(deps.db).updateMany({ orgId, state: "open" }, { $unset: { suggestionsAt: 1 } }, { session });
  } else {
    await suggestionModel(deps.db).updateMany(naming, { $set: { withheld: true } }, { session });
  }
}

/**
 * Rejected organizations: one rejected after approval may still have records in the search
 * index until the indexer drains the outbox, so the matcher leaves them all out itself (seeded
 * and imported organizations were approved without a vetting decision, so the status is the
 * only sure sign). Read through the { status, … } index; rejections are few.
 */
export async function withdrawnOrgIds(deps: Pick<AppDeps, "db">): Promise<string[]> {
  const rows = await orgModel(deps.db).find({ status: "rejected" }, { _id: 1 }).lean();
  return rows.map((r) => String(r._id));
}
