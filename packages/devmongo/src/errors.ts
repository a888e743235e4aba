/** Errors in mongod's wire shape: `{ ok: 0, errmsg, code, codeName }`. */

export const ErrorCodes = {
  InternalError: 1,
  BadValue: 2,
  Unauthorized: 13,
  FailedToParse: 9,
  TypeMismatch: 14,
  IllegalOperation: 20,
  ConflictingUpdateOperators: 40,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  CursorNotFound: 43,
  NamespaceExists: 48,
  CommandNotFound: 59,
  ImmutableField: 66,
  InvalidOptions: 72,
  UnknownReplWriteConcern: 79,
  UnsatisfiableWriteConcern: 100,
  BSONObjectTooLarge: 10334,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  OperationNotSupportedInTransaction: 263,
  WriteConflict: 112,
  NoSuchTransaction: 251,
  TransactionCommitted: 256,
  Location40324: 40324,
  DuplicateKey: 11000,
} as const;

export type ErrorCodeName = keyof typeof ErrorCodes;

const NAMES = new Map<number, string>(Object.entries(ErrorCodes).map(([k, v]) => [v, k]));

export function codeNameOf(code: number): string {
  return NAMES.get(code) ?? "UnknownError";
}

/** A command failure that is answered to the client instead of crashing the connection. */
export class CommandError extends Error {
  readonly code: number;
  readonly codeName: string;
  readonly labels: string[];
  readonly extra: Record<string, unknown>;

  constructor(name: ErrorCodeName, message: string, extra: Record<string, unknown> = {}, labels: string[] = []) {
    super(message);
    this.code = ErrorCodes[name];
    this.codeName = name;
    this.extra = extra;
    this.labels = labels;
  }

  toReply(): Record<string, unknown> {
    const reply: Record<string, unknown> = { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
    if (this.labels.length > 0) reply.errorLabels = this.labels;
    return reply;
  }
}

/** Raised by the storage layer when a unique index would be violated. */
export class DuplicateKeyError extends CommandError {
  constructor(message: string, keyPattern: Record<string, unknown>, keyValue: Record<string, unknown>) {
    super("DuplicateKey", message, { keyPattern, keyValue });
  }
  get keyPattern(): Record<string, unknown> {
    return this.extra.keyPattern as Record<string, unknown>;
  }
  get keyValue(): Record<string, unknown> {
    return this.extra.keyValue as Record<string, unknown>;
  }
}

export function writeConflict(): CommandError {
  return new CommandError(
    "WriteConflict",
    "Write conflict during plan execution and yielding is disabled. :: Please retry your operation or multi-document transaction.",
    {},
    ["TransientTransactionError"],
  );
}

/** Turns any thrown value (mingo errors included) into a CommandError. */
export function toCommandError(err: unknown): CommandError {
  if (err instanceof CommandError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new CommandError("BadValue", message);
}

export function badValue(message: string): CommandError {
  return new CommandError("BadValue", message);
}

/**
 * Thrown by a write outside any transaction to a document an open transaction has
 * written: the server runs the command again once that transaction ends.
 */
export class WaitForTxn extends Error {
  constructor(readonly holder: { onRelease(fn: () => void): void }) {
    super("waiting for a transaction to end");
  }
}
