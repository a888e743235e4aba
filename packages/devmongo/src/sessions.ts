/**
 * Logical sessions and multi-document transactions. A transaction is keyed by
 * its lsid and txnNumber; its commands run against a TxnCatalog (snapshot plus
 * own writes) which is applied to the store atomically on commitTransaction.
 */
import type { Catalog, Store } from "./catalog.js";
import { TxnCatalog } from "./txncatalog.js";
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
  /** Per session, the last retryable write outside transactions and its reply. */
  private readonly retries = new Map<string, { txnNumber: string; reply: Doc }>();

  constructor(private readonly store: Store) {}

  /** The catalog a command runs against; a transaction view when `autocommit: false`. */
  catalogFor(cmd: Doc): { catalog: Catalog; txn?: Txn } {
    if (cmd.autocommit !== false) return { catalog: this.store };
    const key = sessionKey(cmd);
    const num = String(cmd.txnNumber);
    const existing = this.txns.get(key);
    if (cmd.startTransaction === true) {
      if (existing) this.finish(existing, existing.state === "active" ? "aborted" : existing.state);
      const txn = { number: num, state: "active", startedAt: Date.now() } as Txn;
      txn.catalog = new TxnCatalog(this.store, () => txn.state === "active");
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
        this.finish(txn, "aborted");
        throw err;
      }
      this.finish(txn, "committed");
    }
    return { ok: 1 };
  }

  abort(cmd: Doc): Doc {
    const txn = this.current(this.txns.get(sessionKey(cmd)), String(cmd.txnNumber));
    if (txn.state === "committed") {
      throw new CommandError("TransactionCommitted", "Cannot abort a transaction that has been committed");
    }
    this.finish(txn, "aborted");
    return { ok: 1 };
  }

  /** Ends sessions (endSessions/killSessions): open transactions are aborted. */
  end(lsids: unknown[]): void {
    for (const lsid of lsids) {
      if (!isDoc(lsid)) continue;
      const key = encodeKey(lsid.id);
      const txn = this.txns.get(key);
      this.retries.delete(key);
      if (txn) this.finish(txn, txn.state === "active" ? "aborted" : txn.state);
      this.txns.delete(key);
    }
  }

  endAll(): void {
    for (const txn of this.txns.values()) this.finish(txn, txn.state === "active" ? "aborted" : txn.state);
    this.txns.clear();
  }

  /** Aborts transactions older than the lifetime limit; drops finished ones. */
  sweep(now = Date.now()): void {
    for (const [key, txn] of this.txns) {
      if (txn.state === "active" && now - txn.startedAt > TXN_LIFETIME_MS) this.finish(txn, "aborted");
      if (txn.state !== "active" && now - txn.startedAt > 30 * 60_000) this.txns.delete(key);
    }
  }

  /** Ends a transaction: its state, then its locks and snapshot are released. */
  finish(txn: Txn, state: Txn["state"]): void {
    txn.state = state;
    if (state !== "active") txn.catalog.release();
  }

  /** The first reply of a retryable write (same session and txnNumber), if it already ran. */
  retried(cmd: Doc): Doc | undefined {
    if (cmd.txnNumber === undefined || !isDoc(cmd.lsid)) return undefined;
    const hit = this.retries.get(encodeKey(cmd.lsid.id));
    return hit && hit.txnNumber === String(cmd.txnNumber) ? hit.reply : undefined;
  }

  rememberRetryable(cmd: Doc, reply: Doc): void {
    if (cmd.txnNumber === undefined || !isDoc(cmd.lsid)) return;
    this.retries.set(encodeKey(cmd.lsid.id), { txnNumber: String(cmd.txnNumber), reply });
  }

  get activeCount(): number {
    let n = 0;
    for (const t of this.txns.values()) if (t.state === "active") n++;
    return n;
  }
}
