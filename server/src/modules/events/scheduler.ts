// The event scheduler's core: pure, no I/O, deterministic for the same input.
//
// It plans one-to-one meetings under three hard constraints (one meeting per
// participant per slot, at most `tables` meetings per slot, only slots both sides are
// available in), meets each pair at most once and keeps each participant within the
// number of meetings it asked for. Meetings given as `fixed` (locked by staff, or
// already accepted) stay where they are and count.
//
// Three phases:
//  1. Fairness first: rounds r = 1..minMeetings; in each, every participant still
//     under r meetings (most constrained first) gets its best partner that is free in a
//     common slot with a table left, preferring partners that are also under r.
//  2. Per slot, a weighted matching of whoever is still free and wants more, on
//     weights with diminishing returns (score / (1 + meetings so far / 2)) so the
//     remaining tables spread over participants rather than go to the best connected.
//  3. Local improvement: within a slot, two meetings (a,b)+(c,d) are re-paired as
//     (a,c)+(b,d) or (a,d)+(b,c) when that raises the total (counts do not change);
//     and a side of a meeting gives its place to a free participant with fewer meetings
//     who scores higher with the other side, when it keeps its own fairness target (a
//     transfer to the poorer: the Gini coefficient cannot grow).
// `greedyPlan` is the baseline: pairs by score, each in the first slot that fits.

import { Board, setUp, type Edge } from "./schedule-board.js";

export interface PlanParticipant {
  id: string;
  /** Slot indexes the participant can meet in. */
  available: readonly number[];
  /** How many meetings it wants at most. */
  wants: number;
}
export interface PlanPair {
  a: string;
  b: string;
  /** Two-sided match score, 0–100. */
  score: number;
  /** Both sides asked to meet each other: weighted up. */
  mutual?: boolean;
}
export interface FixedMeeting {
  a: string;
  b: string;
  slot: number;
  table: number;
}
export interface PlanInput {
  participants: readonly PlanParticipant[];
  pairs: readonly PlanPair[];
  slots: number;
  tables: number;
  /** Fairness target K: everyone who wants meetings gets at least this many, where possible. */
  minMeetings: number;
  fixed?: readonly FixedMeeting[];
  /** Points added to a mutual pair's weight (default 25). */
  mutualBonus?: number;
}
export interface PlannedMeeting {
  a: string;
  b: string;
  slot: number;
  table: number;
  score: number;
}
export interface PlanStats {
  meetings: number;
  totalScore: number;
  /** Fewest meetings among participants who want any. */
  minMeetings: number;
  /** Share of those participants reaching min(K, what they want). */
  reachedShare: number;
  /** Gini coefficient of meeting counts among them (0 = perfectly even). */
  gini: number;
}
export interface PlanResult {
  /** New meetings only (fixed ones are not repeated). */
  meetings: PlannedMeeting[];
  stats: PlanStats;
}

function fairnessRounds(board: Board, k: number) {
  const other = (e: Edge, p: number) => (e.a === p ? e.b : e.a);
  for (let r = 1; r <= k; r++) {
    const under = [...Array(board.n).keys()]
      .filter((p) => board.count[p] < r && board.wants[p] >= r)
      .sort((x, y) => board.adjacency[x].length - board.adjacency[y].length || x - y);
    for (const p of under) {
      if (board.count[p] >= r) continue;
      let choice: { e: Edge; slot: number } | undefined;
      for (const preferUnder of [true, false]) {
        for (const e of board.adjacency[p]) {
          const q = other(e, p);
          if (preferUnder && board.count[q] >= r) continue;
          if (!board.usable(e)) continue;
          const slot = board.slotFor(p, q);
          if (slot >= 0) {
            choice = { e, slot };
            break;
          }
        }
        if (choice) break;
      }
      if (choice) board.place(choice.e, choice.slot);
    }
  }
}

function perSlotMatching(board: Board, edges: readonly Edge[]) {
  const order = [...Array(board.input.slots).keys()].sort((x, y) => board.tablesLeft[y] - board.tablesLeft[x] || x - y);
  for (let pass = 0; pass < 2; pass++) {
    for (const s of order) {
      if (board.tablesLeft[s] <= 0) continue;
      const open = edges.filter((e) => board.free(e.a, s) && board.free(e.b, s) && board.usable(e));
      const weight = (e: Edge) => e.w / (1 + (board.count[e.a] + board.count[e.b]) / 2);
      open.sort((x, y) => weight(y) - weight(x) || x.a - y.a || x.b - y.b);
      for (const e of open) {
        if (board.tablesLeft[s] <= 0) break;
        if (board.free(e.a, s) && board.free(e.b, s) && board.usable(e)) board.place(e, s);
      }
    }
  }
}

function improve(board: Board) {
  const bySlot = new Map<number, number[]>();
  board.placed.forEach((m, i) => {
    if (m.fixed) return;
    const list = bySlot.get(m.slot) ?? [];
    list.push(i);
    bySlot.set(m.slot, list);
  });
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const list of bySlot.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const m1 = board.placed[list[i]];
          const m2 = board.placed[list[j]];
          const now = m1.e.w + m2.e.w;
          const { a, b } = m1.e;
          const { a: c, b: d } = m2.e;
          for (const [x1, y1, x2, y2] of [[a, c, b, d], [a, d, b, c]]) {
            const e1 = board.edgeAt.get(board.key(x1, y1));
            const e2 = board.edgeAt.get(board.key(x2, y2));
            if (!e1 || !e2 || e1.w + e2.w <= now + 1e-9) continue;
            if (board.met.has(board.key(x1, y1)) || board.met.has(board.key(x2, y2))) continue;
            board.met.delete(board.key(a, b));
            board.met.delete(board.key(c, d));
            board.met.add(board.key(x1, y1));
            board.met.add(board.key(x2, y2));
            m1.e = e1;
            m2.e = e2;
            changed = true;
            break;
          }
        }
      }
    }
    if (!changed) break;
  }
}

/**
 * Replace moves: in a meeting (x, y), x gives its place to a participant c who is free in
 * that slot and wants more, when y–c scores higher and x keeps its fairness target.
 */
function replaceMoves(board: Board) {
  const { slots, minMeetings } = board.input;
  const target = (p: number) => Math.min(minMeetings, board.wants[p]);
  const freeIn = (s: number) => [...Array(board.n).keys()].filter((p) => board.free(p, s) && board.hasRoom(p));
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let s = 0; s < slots; s++) {
      let free = freeIn(s);
      if (free.length === 0) continue;
      for (const m of board.placed) {
        if (m.fixed || m.slot !== s) continue;
        for (const [x, y] of [[m.e.a, m.e.b], [m.e.b, m.e.a]]) {
          if (board.count[x] <= target(x)) continue;
          let best: Edge | undefined;
          let bestC = -1;
          for (const c of free) {
            const e = board.edgeAt.get(board.key(y, c));
            // Only from a participant with more meetings to one with fewer: inequality never grows.
            if (board.count[x] < board.count[c] + 1) continue;
            if (e && e.w > (best?.w ?? m.e.w) + 1e-9 && !board.met.has(board.key(y, c))) [best, bestC] = [e, c];
          }
          if (!best) continue;
          board.met.delete(board.key(x, y));
          board.met.add(board.key(y, bestC));
          board.count[x]--;
          board.count[bestC]++;
          board.busy[x * slots + s] = 0;
          board.busy[bestC * slots + s] = 1;
          m.e = best;
          free = free.filter((c) => c !== bestC);
          if (board.hasRoom(x)) free.push(x);
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
}

function finish(board: Board): PlanResult {
  const meetings = board.placed
    .filter((m) => !m.fixed)
    .map((m) => ({ a: board.ids[m.e.a], b: board.ids[m.e.b], slot: m.slot, table: m.table, score: m.e.score }))
    .sort((x, y) => x.slot - y.slot || x.table - y.table);
  return { meetings, stats: planStats(board) };
}

function planStats(board: Board): PlanStats {
  const k = board.input.minMeetings;
  const counts: number[] = [];
  let reached = 0;
  for (let p = 0; p < board.n; p++) {
    if (board.wants[p] <= 0) continue;
    counts.push(board.count[p]);
    if (board.count[p] >= Math.min(k, board.wants[p])) reached++;
  }
  const totalScore = board.placed.reduce((sum, m) => sum + m.e.score, 0);
  return {
    meetings: board.placed.length,
    totalScore: Math.round(totalScore * 10) / 10,
    minMeetings: counts.length ? Math.min(...counts) : 0,
    reachedShare: counts.length ? reached / counts.length : 1,
    gini: gini(counts),
  };
}

export function gini(values: readonly number[]): number {
  const n = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  if (n === 0 || sum === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((v, i) => (weighted += (i + 1) * v));
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

/** The planner: fairness rounds, per-slot matching, then local improvement. */
export function planMeetings(input: PlanInput): PlanResult {
  const board = setUp(input);
  const edges = [...board.edgeAt.values()].sort((x, y) => y.w - x.w || x.a - y.a || x.b - y.b);
  fairnessRounds(board, input.minMeetings);
  perSlotMatching(board, edges);
  improve(board);
  replaceMoves(board);
  improve(board);
  return finish(board);
}

/** Baseline: best pairs first, each in the first slot both are free in with a table left. */
export function greedyPlan(input: PlanInput): PlanResult {
  const board = setUp(input);
  const edges = [...board.edgeAt.values()].sort((x, y) => y.w - x.w || x.a - y.a || x.b - y.b);
  for (const e of edges) {
    if (!board.usable(e)) continue;
    const slot = board.firstSlotFor(e.a, e.b);
    if (slot >= 0) board.place(e, slot);
  }
  return finish(board);
}
