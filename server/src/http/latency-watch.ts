/**
 * Queueing seen from the answers: when even the quickest of the requests finished in an
 * interval took longer than the target, requests are waiting (for the CPU, the database or
 * each other), not working, and taking more in only lengthens the wait. A busy interval
 * (enough answers to judge) whose quickest answer is over the target marks the next
 * interval as overloaded; an interval with a quick answer, or too few to judge, clears it.
 */
export class LatencyWatch {
  private windowStart: number;
  private quickest = Infinity;
  private count = 0;
  private overloaded = false;

  constructor(
    private readonly targetMs: number,
    private readonly intervalMs = 100,
    private readonly minSamples = 8,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.windowStart = now();
  }

  private roll(): void {
    const t = this.now();
    if (t - this.windowStart < this.intervalMs) return;
    // An interval with no answers at all says nothing new about queueing: clear.
    this.overloaded = this.count >= this.minSamples && this.quickest > this.targetMs;
    this.quickest = Infinity;
    this.count = 0;
    this.windowStart = t;
  }

  /** A request was answered after `ms`. */
  record(ms: number): void {
    this.roll();
    this.quickest = Math.min(this.quickest, ms);
    this.count++;
  }

  isOverloaded(): boolean {
    this.roll();
    return this.overloaded;
  }
}
