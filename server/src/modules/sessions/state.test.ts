import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser } from "../../../../test/helpers/users.js";
import { userModel } from "../auth/model.js";
import { checkSession, forgetSession, refreshSessionStates, SOCKET_SESSION_CACHE_MS } from "./state.js";
import { sideIsFresh, slicedSweep, sweepSockets, type JoinedRoom } from "../chat/sweep.js";
import { createIntroduction } from "../chat/testing.js";
import { membershipModel } from "../orgs/model.js";

describe("sessions: the bulk refresh of connected users' sessions", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.cleanup());

  it("when users are refreshed in bulk, then their session checks answer from what was read, ended sessions included", async () => {
    const [a, b] = [await makeUser(ctx), await makeUser(ctx)];
    await userModel(ctx.deps.db).updateOne({ _id: b.id }, { $inc: { sessionVersion: 1 } });
    await refreshSessionStates(ctx.deps, [a.id, b.id, "not-an-id"], 1);
    await expect(checkSession(ctx.deps, { userId: a.id, role: "member", sessionVersion: 0 }, SOCKET_SESSION_CACHE_MS)).resolves.toMatchObject({ version: 0 });
    await expect(checkSession(ctx.deps, { userId: b.id, role: "member", sessionVersion: 0 }, SOCKET_SESSION_CACHE_MS)).rejects.toMatchObject({ status: 401 });
  });

  it("when a session is forgotten (a revocation) while a bulk read is under way, then the read does not put the old state back", async () => {
    const user = await makeUser(ctx);
    const auth = { userId: user.id, role: "member" as const, sessionVersion: 0 };
    const reading = refreshSessionStates(ctx.deps, [user.id]);
    forgetSession(ctx.deps.db, user.id);
    await reading;
    // Changed after the read, without telling anyone: only a fresh read can see it.
    await userModel(ctx.deps.db).updateOne({ _id: user.id }, { $inc: { sessionVersion: 1 } });
    await expect(checkSession(ctx.deps, auth, SOCKET_SESSION_CACHE_MS)).rejects.toMatchObject({ status: 401 });
  });

  it("when the sweep runs (a change written straight to the database), then rooms whose user is still a side are marked fresh and a room whose user left is not", async () => {
    const { introductionId, a, b, orgIds } = await createIntroduction(ctx.deps);
    const stale = Date.now() - 60_000;
    const room = (): JoinedRoom => ({ introductionId, orgIds, invitedStaff: [], checkedAt: stale });
    const sockets = [a, b].map((u) => ({ data: { userId: u.id, role: "member" as const }, rooms: new Map([[introductionId, room()]]) }));
    await membershipModel(ctx.deps.db).deleteMany({ userId: b.id });
    await sweepSockets(ctx.deps, sockets, (s) => s.rooms);
    expect(sideIsFresh(sockets[0].rooms.get(introductionId)!, -Infinity)).toBe(true);
    expect(sideIsFresh(sockets[1].rooms.get(introductionId)!, -Infinity)).toBe(false);
    // Marked stale: even a fresh confirmation from the change log does not make it fresh again.
    expect(sideIsFresh(sockets[1].rooms.get(introductionId)!, Date.now())).toBe(false);
  });
});

describe("sessions: the full sweep goes a slice at a time", () => {
  it("when sockets are swept in slices, then one cycle visits each socket once, and sockets that came meanwhile wait for the next cycle", async () => {
    let sockets = Array.from({ length: 10 }, (_, i) => i);
    const seen: number[][] = [];
    const step = slicedSweep(() => sockets, async (slice) => void seen.push(slice), 4);
    for (let i = 0; i < 4; i++) await step();
    expect(seen).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
    sockets = [...sockets, 10, 11];
    await step();
    expect(seen.at(-1)).toEqual([0, 1, 2]);
    expect(seen.flat().filter((n) => n >= 10)).toEqual([]);
  });
});
