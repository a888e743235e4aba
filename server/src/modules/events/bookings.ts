import type mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { AppError } from "../../http/errors.js";
import { slotBookingModel, type EventDoc } from "./model.js";

const isDuplicate = (err: unknown) => (err as { code?: number }).code === 11000;

/**
 * Holds a slot for a meeting: both organizations, then a table (the one given, or the first
 * free). Each hold is a document under a unique {eventId, slot, key} index, so two requests
 * racing for the same organization or table cannot both win: the loser gets 409 and its
 * partial holds are released. Returns the table (undefined when the event has no tables).
 */
export async function holdSlot(
  deps: AppDeps,
  e: Pick<EventDoc, "_id" | "tables">,
  meetingId: mongoose.Types.ObjectId,
  slot: number,
  orgIds: mongoose.Types.ObjectId[],
  table?: number,
): Promise<number | undefined> {
  const Bookings = slotBookingModel(deps.db);
  await Bookings.init();
  const held: mongoose.Types.ObjectId[] = [];
  const take = async (key: string) => {
    const [doc] = await Bookings.create([{ eventId: e._id, slot, key, meetingId }]);
    held.push(doc._id);
  };
  const release = () => Bookings.deleteMany({ _id: { $in: held } });
  for (const orgId of orgIds) {
    try {
      await take(`org:${String(orgId)}`);
    } catch (err) {
      await release();
      if (!isDuplicate(err)) throw err;
      throw new AppError(409, "slot_taken", `Slot ${slot} is already booked for one of the two organizations`, { field: "slot", orgId: String(orgId) });
    }
  }
  if (e.tables <= 0) return undefined;
  const candidates = table !== undefined ? [table] : Array.from({ length: e.tables }, (_, i) => i + 1);
  for (const t of candidates) {
    try {
      await take(`table:${t}`);
      return t;
    } catch (err) {
      if (!isDuplicate(err)) {
        await release();
        throw err;
      }
    }
  }
  await release();
  throw new AppError(409, table !== undefined ? "table_taken" : "no_table", table !== undefined ? `Table ${table} is taken in slot ${slot}` : `No table is free in slot ${slot}`, { field: table !== undefined ? "table" : "slot" });
}

/** Releases every hold of a meeting. */
export async function releaseSlot(deps: AppDeps, meetingId: mongoose.Types.ObjectId) {
  await slotBookingModel(deps.db).deleteMany({ meetingId });
}

/** Slots in which an organization is already booked. */
export async function bookedSlots(deps: AppDeps, eventId: mongoose.Types.ObjectId, orgIds: string[]): Promise<Map<string, Set<number>>> {
  const rows = await slotBookingModel(deps.db)
    .find({ eventId, key: { $in: orgIds.map((id) => `org:${id}`) } }, { key: 1, slot: 1 })
    .lean();
  const map = new Map<string, Set<number>>();
  for (const r of rows) {
    const id = r.key.slice(4);
    const set = map.get(id) ?? new Set<number>();
    set.add(r.slot);
    map.set(id, set);
  }
  return map;
}
