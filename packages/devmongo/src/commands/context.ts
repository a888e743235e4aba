/** Shared state and argument helpers for command handlers. */
import type { ObjectId } from "bson";
import type { Catalog, Store } from "../catalog.js";
import type { CursorRegistry } from "../cursors.js";
import { CommandError } from "../errors.js";
import type { Sessions } from "../sessions.js";
import { type Doc, isDoc, isNumeric, toNumber } from "../values.js";

export interface ServerState {
  store: Store;
  sessions: Sessions;
  cursors: CursorRegistry;
  host: string;
  port: number;
  startedAt: Date;
  electionId: ObjectId;
  openConnections: () => number;
}

export interface CommandContext {
  state: ServerState;
  db: string;
  catalog: Catalog;
  connectionId: number;
}

export type Handler = (cmd: Doc, ctx: CommandContext) => Doc;

/** The collection named by the command's first field (e.g. `{ find: "users" }`). */
export function collName(cmd: Doc, command: string): string {
  const v = cmd[command];
  if (typeof v !== "string" || v.length === 0) {
    throw new CommandError("InvalidNamespace", `collection name has invalid type ${typeof v}`);
  }
  return v;
}

export function optDoc(cmd: Doc, key: string): Doc | undefined {
  const v = cmd[key];
  if (v === undefined || v === null) return undefined;
  if (!isDoc(v)) throw new CommandError("TypeMismatch", `BSON field '${key}' is the wrong type, expected an object`);
  return v;
}

export function optNum(cmd: Doc, key: string): number | undefined {
  const v = cmd[key];
  if (v === undefined || v === null) return undefined;
  if (!isNumeric(v)) throw new CommandError("TypeMismatch", `BSON field '${key}' is the wrong type, expected a number`);
  return toNumber(v);
}

export function docArray(cmd: Doc, key: string): Doc[] {
  const v = cmd[key];
  if (!Array.isArray(v) || !v.every(isDoc)) {
    throw new CommandError("TypeMismatch", `BSON field '${key}' is missing or is not an array of objects`);
  }
  return v as Doc[];
}
