/** Command dispatch: picks the handler and the catalog (plain or transactional). */
import { CommandError, toCommandError, WaitForTxn } from "../errors.js";
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

/** Writes that a driver may retry with the same lsid and txnNumber. */
const RETRYABLE = new Set(["insert", "update", "delete", "findAndModify", "findandmodify"]);

/** Commands MongoDB refuses inside multi-document transactions. */
const NOT_IN_TXN = new Set(["count", "listCollections", "listIndexes"]);

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
    if (txn && NOT_IN_TXN.has(name)) {
      throw new CommandError("OperationNotSupportedInTransaction", `Cannot run '${name}' in a multi-document transaction.`);
    }
    const retryable = !txn && RETRYABLE.has(name);
    const earlier = retryable ? state.sessions.retried(cmd) : undefined;
    if (earlier) return earlier;
    state.store.commandWrites = 0;
    const reply = handler(cmd, { state, db, catalog: resolved.catalog, connectionId });
    if (retryable) state.sessions.rememberRetryable(cmd, reply);
    if (!txn && CATALOG.has(name)) state.store.tracker?.meta(db);
    if (txn && Array.isArray(reply.writeErrors) && reply.writeErrors.length > 0) state.sessions.finish(txn, "aborted");
    const wcError = reply.ok === 1 ? writeConcernError(name, cmd) : undefined;
    if (wcError) reply.writeConcernError = wcError;
    return reply;
  } catch (err) {
    if (err instanceof WaitForTxn) throw err;
    if (txn) state.sessions.finish(txn, "aborted");
    return toCommandError(err).toReply();
  }
}
