/** Command dispatch: picks the handler and the catalog (plain or transactional). */
import { CommandError, toCommandError } from "../errors.js";
import type { Doc } from "../values.js";
import { adminCommands } from "./admin.js";
import type { Handler, ServerState } from "./context.js";
import { ddlCommands } from "./ddl.js";
import { readCommands } from "./read.js";
import { writeCommands } from "./write.js";

const handlers: Record<string, Handler> = { ...adminCommands, ...readCommands, ...writeCommands, ...ddlCommands };

/** Commands whose success may have changed stored data (drives persistence). */
const MUTATING = new Set([
  "insert", "update", "delete", "findAndModify", "findandmodify", "create", "drop", "dropDatabase",
  "createIndexes", "dropIndexes", "deleteIndexes", "collMod", "renameCollection", "commitTransaction",
]);

function writesOutput(cmd: Doc): boolean {
  const pipeline = cmd.pipeline;
  if (!Array.isArray(pipeline) || pipeline.length === 0) return false;
  const last: unknown = pipeline[pipeline.length - 1];
  return typeof last === "object" && last !== null && ("$out" in last || "$merge" in last);
}

const TXN_CONTROL = new Set(["commitTransaction", "abortTransaction"]);

export interface CommandResult {
  reply: Doc;
  mutated: boolean;
}

export function runCommand(state: ServerState, cmd: Doc, db: string, connectionId: number): CommandResult {
  const name = Object.keys(cmd)[0] ?? "";
  const handler = Object.prototype.hasOwnProperty.call(handlers, name) ? handlers[name] : undefined;
  if (!handler) {
    return { reply: new CommandError("CommandNotFound", `no such command: '${name}'`).toReply(), mutated: false };
  }
  let txn: ReturnType<ServerState["sessions"]["catalogFor"]>["txn"];
  try {
    const resolved = TXN_CONTROL.has(name) ? { catalog: state.store, txn: undefined } : state.sessions.catalogFor(cmd);
    txn = resolved.txn;
    const reply = handler(cmd, { state, db, catalog: resolved.catalog, connectionId });
    if (txn && Array.isArray(reply.writeErrors) && reply.writeErrors.length > 0) txn.state = "aborted";
    const mutating = MUTATING.has(name) || (name === "aggregate" && writesOutput(cmd));
    return { reply, mutated: mutating && !txn };
  } catch (err) {
    if (txn) txn.state = "aborted";
    return { reply: toCommandError(err).toReply(), mutated: false };
  }
}
