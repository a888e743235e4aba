/**
 * Write concerns as a single-node replica set answers them: w: 0, 1 and "majority"
 * (and j) are satisfied by the one node, which journals every write; a larger w or an
 * unknown tag set name cannot be, and the reply carries a writeConcernError (the write
 * itself is applied, as mongod does).
 */
import { codeNameOf, ErrorCodes } from "./errors.js";
import { type Doc, isDoc, isNumeric, toNumber } from "./values.js";

const WRITES = new Set(["insert", "update", "delete", "findAndModify", "findandmodify", "commitTransaction", "create", "drop", "createIndexes", "dropIndexes", "dropDatabase", "collMod", "renameCollection"]);

export function writeConcernError(name: string, cmd: Doc): Doc | undefined {
  if (!WRITES.has(name) || !isDoc(cmd.writeConcern)) return undefined;
  const w = cmd.writeConcern.w;
  if (isNumeric(w) && toNumber(w) > 1) {
    const code = ErrorCodes.UnsatisfiableWriteConcern;
    return { code, codeName: codeNameOf(code), errmsg: "Not enough data-bearing nodes", errInfo: { writeConcern: cmd.writeConcern } };
  }
  if (typeof w === "string" && w !== "majority") {
    const code = ErrorCodes.UnknownReplWriteConcern;
    return { code, codeName: codeNameOf(code), errmsg: `No write concern mode named '${w}' found in replica set configuration`, errInfo: { writeConcern: cmd.writeConcern } };
  }
  return undefined;
}
