import os from "node:os";
import bcrypt from "bcrypt";

/**
 * bcrypt runs on libuv's thread pool (4 threads by default), which file and DNS work
 * share. At most this many hashes or comparisons run at once; the rest wait their turn,
 * so a burst of sign-ins cannot take every thread from other requests.
 */
export const HASH_CONCURRENCY = Math.max(1, Math.min(2, os.availableParallelism() - 1));

export class Semaphore {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  constructor(private readonly max: number) {}

  /** Work running now (for tests and health figures). */
  get running(): number {
    return this.active;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.active++;
    try {
      return await work();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    }
  }
}

const slots = new Semaphore(HASH_CONCURRENCY);

export const hashPassword = (password: string, cost: number) => slots.run(() => bcrypt.hash(password, cost));
export const comparePassword = (password: string, hash: string) => slots.run(() => bcrypt.compare(password, hash));

/** A hash to compare against when the e-mail is unknown, so both answers take as long. */
const dummyHashes = new Map<number, Promise<string>>();
export function dummyHash(cost: number): Promise<string> {
  let hash = dummyHashes.get(cost);
  if (!hash) dummyHashes.set(cost, (hash = hashPassword("parklink-no-such-account-0", cost)));
  return hash;
}
