/** Databases, collections and indexes. */
import { calculateObjectSize } from "bson";
import type { Collection } from "../collection.js";
import { compileFilter } from "../engine.js";
import { CommandError } from "../errors.js";
import { normalizeSpec } from "../indexes.js";
import { type Doc, encodeKey, isDoc } from "../values.js";
import { type CommandContext, collName, type Handler, optDoc } from "./context.js";

function notInTxn(name: string, fn: Handler): Handler {
  return (cmd, ctx) => {
    if (ctx.catalog.inTransaction) {
      throw new CommandError("OperationNotSupportedInTransaction", `Cannot run '${name}' in a multi-document transaction.`);
    }
    return fn(cmd, ctx);
  };
}

function mustExist(ctx: CommandContext, name: string): Collection {
  const coll = ctx.catalog.get(ctx.db, name);
  if (!coll) throw new CommandError("NamespaceNotFound", `ns does not exist: ${ctx.db}.${name}`);
  return coll;
}

const COMMAND_FIELDS = new Set(["create", "$db", "lsid", "txnNumber", "autocommit", "startTransaction", "writeConcern", "$clusterTime", "$readPreference", "comment"]);

function create(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "create");
  if (ctx.catalog.get(ctx.db, name)) {
    throw new CommandError("NamespaceExists", `Collection ${ctx.db}.${name} already exists.`);
  }
  const coll = ctx.catalog.getOrCreate(ctx.db, name);
  for (const [k, v] of Object.entries(cmd)) if (!COMMAND_FIELDS.has(k)) coll.options[k] = v;
  return { ok: 1 };
}

function drop(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "drop");
  const coll = ctx.state.store.drop(ctx.db, name);
  return { ns: `${ctx.db}.${name}`, nIndexesWas: coll?.indexSpecs().length ?? 0, ok: 1 };
}

function listDatabases(cmd: Doc, ctx: CommandContext): Doc {
  const filter = optDoc(cmd, "filter");
  const pred = filter ? compileFilter(filter) : () => true;
  const databases: Doc[] = [];
  let totalSize = 0;
  for (const [name, colls] of ctx.state.store.dbs) {
    let sizeOnDisk = 0;
    if (cmd.nameOnly !== true) {
      for (const c of colls.values()) for (const d of c.docs.values()) sizeOnDisk += calculateObjectSize(d);
    }
    const entry: Doc = cmd.nameOnly === true ? { name } : { name, sizeOnDisk: sizeOnDisk + 4096, empty: false };
    if (!pred(entry)) continue;
    databases.push(entry);
    totalSize += sizeOnDisk + 4096;
  }
  return cmd.nameOnly === true ? { databases, ok: 1 } : { databases, totalSize, totalSizeMb: Math.round(totalSize / 1048576), ok: 1 };
}

function listCollections(cmd: Doc, ctx: CommandContext): Doc {
  const filter = optDoc(cmd, "filter");
  const pred = filter ? compileFilter(filter) : () => true;
  const out: Doc[] = [];
  for (const name of ctx.catalog.names(ctx.db).sort()) {
    const coll = ctx.catalog.get(ctx.db, name);
    if (!coll) continue;
    const full: Doc = {
      name,
      type: "collection",
      options: coll.options,
      info: { readOnly: false },
      idIndex: { v: 2, key: { _id: 1 }, name: "_id_" },
    };
    if (!pred(full)) continue;
    out.push(cmd.nameOnly === true ? { name, type: "collection" } : full);
  }
  const cursor = optDoc(cmd, "cursor") ?? {};
  const batchSize = typeof cursor.batchSize === "number" ? cursor.batchSize : undefined;
  return ctx.state.cursors.first(`${ctx.db}.$cmd.listCollections`, out, { batchSize });
}

function createIndexes(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "createIndexes");
  if (!Array.isArray(cmd.indexes) || cmd.indexes.length === 0) {
    throw new CommandError("BadValue", "Must specify at least one index to create");
  }
  const existed = ctx.catalog.get(ctx.db, name) !== undefined;
  const coll = ctx.catalog.getOrCreate(ctx.db, name);
  const before = coll.indexSpecs().length;
  const specs = cmd.indexes.map(normalizeSpec);
  for (const spec of specs) coll.createIndex(spec);
  const after = coll.indexSpecs().length;
  const reply: Doc = { createdCollectionAutomatically: !existed, numIndexesBefore: before, numIndexesAfter: after, ok: 1 };
  if (before === after) reply.note = "all indexes already exist";
  return reply;
}

function listIndexes(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "listIndexes");
  const coll = mustExist(ctx, name);
  const cursor = optDoc(cmd, "cursor") ?? {};
  const batchSize = typeof cursor.batchSize === "number" ? cursor.batchSize : undefined;
  return ctx.state.cursors.first(`${ctx.db}.${name}`, coll.indexSpecs(), { batchSize });
}

function dropIndexes(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "dropIndexes" in cmd ? "dropIndexes" : "deleteIndexes");
  const coll = mustExist(ctx, name);
  const was = coll.indexSpecs().length;
  const which = cmd.index;
  let names: string[];
  if (which === "*") names = [...coll.indexes.keys()];
  else if (typeof which === "string") names = [which];
  else if (Array.isArray(which)) names = which.map(String);
  else if (isDoc(which)) {
    const found = [...coll.indexes.values()].find((i) => encodeKey(i.spec.key) === encodeKey(which));
    if (!found) {
      if (encodeKey(which) === encodeKey({ _id: 1 })) throw new CommandError("InvalidOptions", "cannot drop _id index");
      throw new CommandError("IndexNotFound", `can't find index with key: ${JSON.stringify(which)}`);
    }
    names = [found.spec.name];
  } else throw new CommandError("BadValue", "dropIndexes requires an index name, key pattern or '*'");
  for (const n of names) {
    if (n === "_id_") throw new CommandError("InvalidOptions", "cannot drop _id index");
    if (!coll.indexes.has(n)) throw new CommandError("IndexNotFound", `index not found with name [${n}]`);
  }
  for (const n of names) coll.indexes.delete(n);
  return { nIndexesWas: was, ok: 1 };
}

function collMod(cmd: Doc, ctx: CommandContext): Doc {
  const coll = mustExist(ctx, collName(cmd, "collMod"));
  const index = optDoc(cmd, "index");
  if (index && typeof index.expireAfterSeconds === "number") {
    const idx = [...coll.indexes.values()].find(
      (i) => i.spec.name === index.name || (isDoc(index.keyPattern) && encodeKey(i.spec.key) === encodeKey(index.keyPattern)),
    );
    if (!idx) throw new CommandError("IndexNotFound", "cannot find index for collMod");
    idx.spec.expireAfterSeconds = index.expireAfterSeconds;
  }
  return { ok: 1 };
}

function renameCollection(cmd: Doc, ctx: CommandContext): Doc {
  const from = String(cmd.renameCollection);
  const to = String(cmd.to);
  const split = (ns: string): [string, string] => [ns.slice(0, ns.indexOf(".")), ns.slice(ns.indexOf(".") + 1)];
  const [fromDb, fromColl] = split(from);
  const [toDb, toColl] = split(to);
  const store = ctx.state.store;
  const source = store.get(fromDb, fromColl);
  if (!source) throw new CommandError("NamespaceNotFound", `Source collection ${from} does not exist`);
  if (store.get(toDb, toColl)) {
    if (cmd.dropTarget !== true) throw new CommandError("NamespaceExists", "target namespace exists");
    store.drop(toDb, toColl);
  }
  const dest = store.getOrCreate(toDb, toColl, source.options);
  for (const [n, idx] of source.indexes) dest.indexes.set(n, idx);
  for (const [k, d] of source.docs) dest.docs.set(k, d);
  dest.noteAll();
  store.drop(fromDb, fromColl);
  return { ok: 1 };
}

export const ddlCommands: Record<string, Handler> = {
  create,
  drop: notInTxn("drop", drop),
  dropDatabase: notInTxn("dropDatabase", (_cmd, ctx) => {
    ctx.state.store.dropDatabase(ctx.db);
    return { dropped: ctx.db, ok: 1 };
  }),
  listDatabases,
  listCollections,
  createIndexes,
  listIndexes,
  dropIndexes: notInTxn("dropIndexes", dropIndexes),
  deleteIndexes: notInTxn("deleteIndexes", dropIndexes),
  collMod: notInTxn("collMod", collMod),
  renameCollection: notInTxn("renameCollection", renameCollection),
  validate: (cmd, ctx) => ({ ns: mustExist(ctx, collName(cmd, "validate")).ns, valid: true, errors: [], ok: 1 }),
};
