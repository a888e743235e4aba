/** Command dispatch: picks the handler and the catalog (plain or transactional). */
import { CommandError, toCommandError } from "../errors.js";
import type { Doc } from "../values.js";
import { adminCommands } from "./admin.js";
import type { Handler, ServerState } from "./context.js";
import { ddlCommands } from "./ddl.js";
import { readCommands } from "./read.js";
import { writeCommands } from "./write.js";
import { writeConcernError } from "../writeconcern.js";

const handlers: Record<string, Handler> = { ...adminCommands, ...readCommands, ...writeCommands, ...ddlCommands };

/** Commands that change a database's catalog (collections, options, indexes). */
const CATALOG = new Set(["create", "drop", "dropDatabase", "createIndexes", "dropIndexes", "deleteIndexes", "collMod"]);

const TXN_CONTROL = new Set(["commitTransaction", "abortTransaction"]);

export function runCommand(state: ServerState, cmd: Doc, db: string, connectionId: number): Doc {
  const name = Object.keys(cmd)[0] ?? "";
  const handler = Object.prototype.hasOwnProperty.call(handlers, name) ? handlers[name] : undefined;
  if (!handler) {
    return new CommandError("CommandNotFound", `no such command: '${name}'`).toReply();
  }
  let txn: ReturnType<ServerState["sessions"]["catalogFor"]>["txn"];
  try {
    const resolved = TXN_CONTROL.has(name) ? { catalog: state.store, txn: undefined } : state.sessions.catalogFor(cmd);
    txn = resolved.txn;
    const reply = handler(cmd, { state, db, catalog: resolved.catalog, connectionId });
    if (!txn && CATALOG.has(name)) state.store.tracker?.meta(db);
    if (txn && Array.isArray(reply.writeErrors) && reply.writeErrors.length > 0) txn.state = "aborted";
    const wcError = reply.ok === 1 ? writeConcernError(name, cmd) : undefined;
    if (wcError) reply.writeConcernError = wcError;
    return reply;
  } catch (err) {
    if (txn) txn.state = "aborted";
    return toCommandError(err).toReply();
  }
}
