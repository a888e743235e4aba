import { links } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { textIn } from "@parklink/shared";
import { inTransaction } from "../../infra/model.js";
import { recordChange } from "../outbox/model.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { requestModel, type CooperationRequest } from "./model.js";

export const RENEWAL_PROMPT_DAYS = 7;
const DAY = 24 * 3600 * 1000;

/**
 * Expires requests whose date has passed (they leave search through the outbox) and
 * prompts owners, once per expiry date, to renew requests that expire within a week.
 */
export async function sweepRequests(deps: AppDeps, now = new Date()): Promise<{ expired: number; prompted: number }> {
  const Requests = requestModel(deps.db);
  const due = await Requests.find({ state: { $in: ["draft", "open", "matched"] }, expiresAt: { $lte: now } }, { _id: 1 }).lean();
  if (due.length > 0) {
    await inTransaction(deps.db, async (session) => {
      const ids = due.map((r) => r._id);
      await Requests.updateMany({ _id: { $in: ids }, expiresAt: { $lte: now } }, { $set: { state: "expired" } }, { session });
      await recordChange(deps.db, session, "request", ids, "expired");
    });
  }

  const soon = await Requests.find({
    state: { $in: ["open", "matched"] },
    expiresAt: { $gt: now, $lte: new Date(now.getTime() + RENEWAL_PROMPT_DAYS * DAY) },
  }).lean<CooperationRequest[]>();
  let prompted = 0;
  for (const r of soon) {
    if (r.renewalPromptedFor && r.renewalPromptedFor.getTime() === r.expiresAt.getTime()) continue;
    const days = Math.max(1, Math.ceil((r.expiresAt.getTime() - now.getTime()) / DAY));
    await notifyUsers(deps, await orgUserIds(deps, r.orgId), {
      type: "request_expiring",
      title: {
        en: `"${textIn(r.title, "en")}" expires in ${days} day${days === 1 ? "" : "s"}: renew it to keep it open`,
        zh: `“${textIn(r.title, "zh")}”将在 ${days} 天后到期，请续期`,
      },
      link: links.request(String(r._id)),
      data: { requestId: String(r._id), expiresAt: r.expiresAt.toISOString() },
      dedupeKey: `request_expiring:${String(r._id)}:${r.expiresAt.toISOString()}`,
    });
    await Requests.updateOne({ _id: r._id }, { $set: { renewalPromptedFor: r.expiresAt } });
    prompted++;
  }
  return { expired: due.length, prompted };
}
