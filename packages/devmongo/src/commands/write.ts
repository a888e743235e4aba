/** insert / update / delete / findAndModify. */
import { ObjectId } from "bson";
import type { Collection } from "../collection.js";
import { project } from "../engine.js";
import { sortedMatch } from "../query.js";
import { CommandError, toCommandError, WaitForTxn } from "../errors.js";
import { sameDoc, type UpdateSpec, updatedDoc, upsertDoc } from "../update.js";
import { type Doc, idFirst, isDoc } from "../values.js";
import { type CommandContext, collName, docArray, type Handler, optDoc } from "./context.js";
import { engineOptions, matchDocs } from "./read.js";

interface WriteError extends Doc {
  index: number;
  code: number;
  errmsg: string;
}

function writeError(index: number, err: unknown): WriteError {
  const e = toCommandError(err);
  return { index, code: e.code, errmsg: e.message, ...e.extra };
}

function finish(reply: Doc, errors: WriteError[]): Doc {
  if (errors.length > 0) reply.writeErrors = errors;
  return reply;
}

function insert(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "insert");
  const docs = docArray(cmd, "documents");
  const ordered = cmd.ordered !== false;
  const coll = ctx.catalog.getOrCreate(ctx.db, name);
  const errors: WriteError[] = [];
  let n = 0;
  for (let i = 0; i < docs.length; i++) {
    try {
      const doc = docs[i];
      if (doc._id === undefined) doc._id = new ObjectId();
      coll.insert(idFirst(doc));
      n++;
    } catch (err) {
      // Inside a transaction a write conflict fails the command itself (with its error label).
      if (err instanceof WaitForTxn || (ctx.catalog.inTransaction && toCommandError(err).codeName === "WriteConflict")) throw err;
      errors.push(writeError(i, err));
      if (ordered) break;
    }
  }
  return finish({ n, ok: 1 }, errors);
}

function updateSpecOf(stmt: Doc): UpdateSpec {
  const u = stmt.u;
  if (Array.isArray(u) && u.every(isDoc)) return u as Doc[];
  if (isDoc(u)) return u;
  throw new CommandError("FailedToParse", "BSON field 'update.updates.u' is missing or not an object/array");
}

function update(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "update");
  const stmts = docArray(cmd, "updates");
  const ordered = cmd.ordered !== false;
  const errors: WriteError[] = [];
  const upserted: Doc[] = [];
  let n = 0;
  let nModified = 0;
  for (let i = 0; i < stmts.length; i++) {
    const stmt = stmts[i];
    try {
      const q = optDoc(stmt, "q") ?? {};
      const u = updateSpecOf(stmt);
      const opts = { ...engineOptions(cmd, ctx), arrayFilters: stmt.arrayFilters as Doc[] | undefined };
      const multi = stmt.multi === true;
      const coll = ctx.catalog.get(ctx.db, name);
      let matched = matchDocs(coll, q, opts, multi ? Infinity : 1);
      const sort = optDoc(stmt, "sort");
      if (!multi && sort && Object.keys(sort).length > 0 && coll) matched = sortedMatch(coll, q, sort, opts, 1).slice(0, 1);
      if (matched.length === 0) {
        if (stmt.upsert === true) {
          const doc = upsertDoc(q, u, opts);
          ctx.catalog.getOrCreate(ctx.db, name).insert(doc);
          n++;
          upserted.push({ index: i, _id: doc._id });
        }
        continue;
      }
      for (const doc of matched) {
        const next = updatedDoc(doc, u, q, opts);
        n++;
        if (!sameDoc(doc, next)) {
          (coll as Collection).replace(next);
          nModified++;
        }
      }
    } catch (err) {
      // Inside a transaction a write conflict fails the command itself (with its error label).
      if (err instanceof WaitForTxn || (ctx.catalog.inTransaction && toCommandError(err).codeName === "WriteConflict")) throw err;
      errors.push(writeError(i, err));
      if (ordered) break;
    }
  }
  const reply: Doc = { n, nModified, ok: 1 };
  if (upserted.length > 0) reply.upserted = upserted;
  return finish(reply, errors);
}

function del(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "delete");
  const stmts = docArray(cmd, "deletes");
  const ordered = cmd.ordered !== false;
  const errors: WriteError[] = [];
  let n = 0;
  for (let i = 0; i < stmts.length; i++) {
    try {
      const coll = ctx.catalog.get(ctx.db, name);
      const limit = Number(stmts[i].limit ?? 0);
      const matched = matchDocs(coll, optDoc(stmts[i], "q") ?? {}, engineOptions(cmd, ctx), limit === 1 ? 1 : Infinity);
      for (const doc of matched) if (coll?.remove(doc._id)) n++;
    } catch (err) {
      // Inside a transaction a write conflict fails the command itself (with its error label).
      if (err instanceof WaitForTxn || (ctx.catalog.inTransaction && toCommandError(err).codeName === "WriteConflict")) throw err;
      errors.push(writeError(i, err));
      if (ordered) break;
    }
  }
  return finish({ n, ok: 1 }, errors);
}

function findAndModify(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "findAndModify" in cmd ? "findAndModify" : "findandmodify");
  const query = optDoc(cmd, "query") ?? {};
  const sort = optDoc(cmd, "sort");
  const fields = optDoc(cmd, "fields");
  const opts = { ...engineOptions(cmd, ctx), arrayFilters: cmd.arrayFilters as Doc[] | undefined };
  const coll = ctx.catalog.get(ctx.db, name);
  const matched = sort && Object.keys(sort).length > 0 ? sortedMatch(coll, query, sort, opts, 1) : matchDocs(coll, query, opts, 1);
  const target = matched[0];
  const shape = (doc: Doc | undefined): Doc | null => (doc ? project([doc], {}, fields, opts)[0] : null);

  if (cmd.remove === true) {
    if (cmd.update !== undefined) throw new CommandError("FailedToParse", "Cannot specify both an update and remove=true");
    if (target) coll?.remove(target._id);
    return { lastErrorObject: { n: target ? 1 : 0 }, value: shape(target), ok: 1 };
  }
  if (cmd.update === undefined) throw new CommandError("FailedToParse", "Either an update or remove=true must be specified");
  const u = updateSpecOf({ u: cmd.update });
  const returnNew = cmd.new === true;
  if (target) {
    const next = updatedDoc(target, u, query, opts);
    if (!sameDoc(target, next)) (coll as Collection).replace(next);
    return { lastErrorObject: { n: 1, updatedExisting: true }, value: shape(returnNew ? next : target), ok: 1 };
  }
  if (cmd.upsert === true) {
    const doc = upsertDoc(query, u, opts);
    ctx.catalog.getOrCreate(ctx.db, name).insert(doc);
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: doc._id },
      value: returnNew ? shape(doc) : null,
      ok: 1,
    };
  }
  return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
}

export const writeCommands: Record<string, Handler> = {
  insert,
  update,
  delete: del,
  findAndModify,
  findandmodify: findAndModify,
};
