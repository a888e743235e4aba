import type mongoose from "mongoose";
import type { SessionEnded } from "@parklink/shared";

/** Why a user's sessions (or chat rooms) changed; sent to the client with the disconnect. */
export type RevocationReason = Exclude<SessionEnded["reason"], "token_expired">;

/**
 * "Sessions of this user older than `version` are over" (or, for a membership change,
 * "re-check the rooms of this user"). Local listeners hear it at once; the realtime
 * server relays it through Redis pub/sub when REDIS_URL is set, so every node hears it.
 */
export interface Revocation {
  userId: string;
  reason: RevocationReason;
  /** The user's session version after the change; sockets signed with an older one end. */
  version: number;
}

type Listener = (event: Revocation) => void;
const listeners = new WeakMap<mongoose.Connection, Set<Listener>>();

export function onRevocation(db: mongoose.Connection, listener: Listener): () => void {
  const set = listeners.get(db) ?? new Set<Listener>();
  listeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

export function emitRevocation(db: mongoose.Connection, event: Revocation): void {
  for (const listener of listeners.get(db) ?? []) listener(event);
}
