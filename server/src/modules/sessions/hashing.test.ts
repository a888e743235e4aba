import bcrypt from "bcrypt";
import { describe, expect, it } from "vitest";
import { comparePassword, dummyHash, hashPassword, HASH_CONCURRENCY, Semaphore } from "./hashing.js";

describe("sessions: bounded password hashing", () => {
  it("when many jobs arrive at once, then no more than the limit run together and every one completes in turn", async () => {
    const slots = new Semaphore(2);
    let peak = 0;
    const order: number[] = [];
    const jobs = Array.from({ length: 8 }, (_, i) =>
      slots.run(async () => {
        peak = Math.max(peak, slots.running);
        await new Promise((r) => setTimeout(r, 5));
        order.push(i);
        return i;
      }),
    );
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(slots.running).toBe(0);
  });

  it("when a job throws, then its slot is given back", async () => {
    const slots = new Semaphore(1);
    await expect(slots.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots.run(async () => "next")).toBe("next");
    expect(slots.running).toBe(0);
  });

  it("when passwords are hashed and compared through the limit, then bcrypt answers as usual, and the dummy hash matches nothing real", async () => {
    expect(HASH_CONCURRENCY).toBeGreaterThanOrEqual(1);
    expect(HASH_CONCURRENCY).toBeLessThanOrEqual(2);
    const hash = await hashPassword("Longyearbyen-78", 4);
    expect(await bcrypt.compare("Longyearbyen-78", hash)).toBe(true);
    expect(await comparePassword("Longyearbyen-78", hash)).toBe(true);
    expect(await comparePassword("wrong", hash)).toBe(false);
    expect(await comparePassword("Longyearbyen-78", await dummyHash(4))).toBe(false);
  });
});
