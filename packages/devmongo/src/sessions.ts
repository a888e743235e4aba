/**
 * Logical sessions and multi-document transactions. A transaction is keyed by
 * its lsid and txnNumber; its commands run against a TxnCatalog (snapshot plus
 * own writes) which is applied to the store atomically on commitTransaction.
 */
import { type Catalog, type Store, TxnCatalog } from "./catalog.js";
import { CommandError } from "./errors.js";
import { type Doc, encodeKey, isDoc } from "./values.js";

/** mongod's transactionLifetimeLimitSeconds default. */
const TXN_LIFETIME_MS = 60_000;

export interface Txn {
  number: string;
  state: "active" | "committed" | "aborted";
  catalog: TxnCatalog;
  startedAt: number;
}

function noSuchTransaction(message: string): CommandError {
  return new CommandError("NoSuchTransaction", message, {}, ["TransientTransactionError"]);
}

function sessionKey(cmd: Doc): string {
  if (!isDoc(cmd.lsid)) throw new CommandError("InvalidOptions", "Transaction requires a logical session id (lsid)");
  return encodeKey(cmd.lsid.id);
}

export class Sessions {
  private readonly txns = new Map<string, Txn>();

  constructor(private readonly store: Store) {}

  /** The catalog a command runs against; a transaction view when `autocommit: false`. */
  catalogFor(cmd: Doc): { catalog: Catalog; txn?: Txn } {
    if (cmd.autocommit !== false) return { catalog: this.store };
    const key = sessionKey(cmd);
    const num = String(cmd.txnNumber);
    const existing = this.txns.get(key);
    if (cmd.startTransaction === true) {
      const txn: Txn = { number: num, state: "active", catalog: new TxnCatalog(this.store), startedAt: Date.now() };
      this.txns.set(key, txn);
      return { catalog: txn.catalog, txn };
    }
    const txn = this.current(existing, num);
    if (txn.state === "committed") {
      throw new CommandError("TransactionCommitted", `Transaction ${num} has been committed.`);
    }
    return { catalog: txn.catalog, txn };
  }

  private current(existing: Txn | undefined, num: string): Txn {
    if (!existing || existing.number !== num) {
      throw noSuchTransaction(`Given transaction number ${num} does not match any in-progress transactions.`);
    }
    if (existing.state === "aborted") throw noSuchTransaction(`Transaction with { txnNumber: ${num} } has been aborted.`);
    return existing;
  }

  commit(cmd: Doc): Doc {
    const txn = this.current(this.txns.get(sessionKey(cmd)), String(cmd.txnNumber));
    if (txn.state === "active") {
      try {
        txn.catalog.commit();
      } catch (err) {
        txn.state = "aborted";
        throw err;
      }
      txn.state = "committed";
    }
    return { ok: 1 };
  }

  abort(cmd: Doc): Doc {
    const txn = this.current(this.txns.get(sessionKey(cmd)), String(cmd.txnNumber));
    if (txn.state === "committed") {
      throw new CommandError("TransactionCommitted", "Cannot abort a transaction that has been committed");
    }
    txn.state = "aborted";
    return { ok: 1 };
  }

  /** Ends sessions (endSessions/killSessions): open transactions are aborted. */
  end(lsids: unknown[]): void {
    for (const lsid of lsids) {
      if (!isDoc(lsid)) continue;
      const key = encodeKey(lsid.id);
      const txn = this.txns.get(key);
      if (txn && txn.state === "active") txn.state = "aborted";
      this.txns.delete(key);
    }
  }

  endAll(): void {
    for (const txn of this.txns.values()) if (txn.state === "active") txn.state = "aborted";
    this.txns.clear();
  }

  /** Aborts transactions older than the lifetime limit; drops finished ones. */
  sweep(now = Date.now()): void {
    for (const [key, txn] of this.txns) {
      if (txn.state === "active" && now - txn.startedAt > TXN_LIFETIME_MS) txn.state = "aborted";
      if (txn.state !== "active" && now - txn.startedAt > 30 * 60_000) this.txns.delete(key);
    }
  }

  get activeCount(): number {
    let n = 0;
    for (const t of this.txns.values()) if (t.state === "active") n++;
    return n;
  }
}
