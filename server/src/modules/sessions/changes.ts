import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { modelOn } from "../../infra/model.js";

/**
 * What ended a user's sessions or changed their organizations, kept for an hour: every
 * node reads what is new here every second or so. The revocation event (Redis) tells the
 * nodes at once; this log is how a node that missed the event still learns of the change
 * within seconds, without re-reading every connected user.
 */
export interface SessionChangeDoc {
  _id: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  /**
   * "session": sign-out, password, role, suspension, deletion; "membership": an organization
   * left or gone; "joined": an organization gained this member, or a broker joined a chat
   * (who takes part in its chats).
   */
  kind: "session" | "membership" | "joined";
  at: Date;
}

const schema = new mongoose.Schema<SessionChangeDoc>(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: ["session", "membership", "joined"], required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ at: 1 }, { expireAfterSeconds: 3600 });

export const sessionChangeModel = (db: mongoose.Connection) => modelOn(db, "SessionChange", schema);

export async function recordSessionChanges(
  deps: Pick<AppDeps, "db">,
  userIds: (string | mongoose.Types.ObjectId)[],
  kind: SessionChangeDoc["kind"],
): Promise<void> {
  if (userIds.length === 0) return;
  const at = new Date();
  await sessionChangeModel(deps.db).insertMany(userIds.map((u) => ({ userId: new mongoose.Types.ObjectId(String(u)), kind, at })));
}

/** Tolerance for clocks of different nodes and for changes logged a little after they were dated. */
const OVERLAP_MS = 5000;

/**
 * Reads the changes logged since the last read (with an overlap; each change is reported
 * once). `since` is when the reader started: changes from before it are history.
 */
export function changeReader(deps: Pick<AppDeps, "db">, since = Date.now()) {
  let from = since;
  const seen = new Map<string, number>();
  return async (): Promise<{ startedAt: number; changes: SessionChangeDoc[] }> => {
    const startedAt = Date.now();
    const rows = await sessionChangeModel(deps.db)
      .find({ at: { $gte: new Date(from - OVERLAP_MS) } }, { userId: 1, kind: 1, at: 1 })
      .lean<SessionChangeDoc[]>();
    const changes = rows.filter((r) => !seen.has(String(r._id)));
    for (const r of changes) seen.set(String(r._id), r.at.getTime());
    from = startedAt;
    for (const [id, at] of seen) if (at < from - 2 * OVERLAP_MS) seen.delete(id);
    return { startedAt, changes };
  };
}
