import mongoose from "mongoose";

/** Registers a model once per connection (tests create many connections; models never go global). */
export function modelOn<T>(db: mongoose.Connection, name: string, schema: mongoose.Schema<T>): mongoose.Model<T> {
  return (db.models[name] as mongoose.Model<T> | undefined) ?? db.model<T>(name, schema);
}

export const COMMITTED = "parklink:committed";

/** Runs work in a transaction that commits all of it or none (retried on transient errors). */
export async function inTransaction<R>(db: mongoose.Connection, work: (session: mongoose.ClientSession) => Promise<R>): Promise<R> {
  const session = await db.startSession();
  try {
    let result: R | undefined;
    await session.withTransaction(async () => {
      result = await work(session);
    });
    // Wakes in-process listeners (the search indexer) as soon as a write is committed.
    db.emit(COMMITTED);
    return result as R;
  } finally {
    await session.endSession();
  }
}

export const isObjectId = (v: string) => mongoose.isValidObjectId(v) && /^[a-f0-9]{24}$/i.test(v);
