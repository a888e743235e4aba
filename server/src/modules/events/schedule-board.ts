// The scheduler's planning state: participants as indexes, busy slots, tables, pairs met.
import type { PlanInput } from "./scheduler.js";

export interface Edge {
  a: number;
  b: number;
  w: number;
  score: number;
}

/** Mutable planning state over participant indexes. */
export class Board {
  readonly n: number;
  readonly busy: Uint8Array;
  readonly count: Int32Array;
  readonly tableUsed: Uint8Array;
  readonly tablesLeft: Int32Array;
  readonly met = new Set<number>();
  readonly edgeAt = new Map<number, Edge>();
  readonly adjacency: Edge[][];
  readonly placed: { e: Edge; slot: number; table: number; fixed: boolean }[] = [];

  constructor(
    readonly input: PlanInput,
    readonly ids: string[],
    readonly wants: Int32Array,
    edges: Edge[],
  ) {
    const { slots, tables } = input;
    this.n = ids.length;
    this.busy = new Uint8Array(this.n * slots).fill(1);
    input.participants.forEach((p, i) => {
      for (const s of p.available) if (s >= 0 && s < slots) this.busy[i * slots + s] = 0;
    });
    this.count = new Int32Array(this.n);
    this.tableUsed = new Uint8Array(slots * Math.max(tables, 1));
    this.tablesLeft = new Int32Array(slots).fill(tables);
    this.adjacency = Array.from({ length: this.n }, () => []);
    for (const e of edges) {
      this.edgeAt.set(this.key(e.a, e.b), e);
      this.adjacency[e.a].push(e);
      this.adjacency[e.b].push(e);
    }
    for (const list of this.adjacency) list.sort((x, y) => y.w - x.w || x.a - y.a || x.b - y.b);
  }

  key(a: number, b: number) {
    return a < b ? a * this.n + b : b * this.n + a;
  }
  free(p: number, s: number) {
    return this.busy[p * this.input.slots + s] === 0;
  }
  hasRoom(p: number) {
    return this.count[p] < this.wants[p];
  }
  /** Common free slot with a table left: the one with most tables left (spreads load), else -1. */
  slotFor(a: number, b: number): number {
    let best = -1;
    for (let s = 0; s < this.input.slots; s++) {
      if (this.tablesLeft[s] > 0 && this.free(a, s) && this.free(b, s) && (best < 0 || this.tablesLeft[s] > this.tablesLeft[best])) best = s;
    }
    return best;
  }
  firstSlotFor(a: number, b: number): number {
    for (let s = 0; s < this.input.slots; s++) if (this.tablesLeft[s] > 0 && this.free(a, s) && this.free(b, s)) return s;
    return -1;
  }
  place(e: Edge, slot: number, table = -1, fixed = false) {
    const T = Math.max(this.input.tables, 1);
    let t = table;
    if (t < 1) for (t = 1; t <= this.input.tables && this.tableUsed[slot * T + t - 1]; t++);
    this.tableUsed[slot * T + t - 1] = 1;
    this.tablesLeft[slot]--;
    this.busy[e.a * this.input.slots + slot] = 1;
    this.busy[e.b * this.input.slots + slot] = 1;
    this.count[e.a]++;
    this.count[e.b]++;
    this.met.add(this.key(e.a, e.b));
    this.placed.push({ e, slot, table: t, fixed });
  }
  usable(e: Edge) {
    return !this.met.has(this.key(e.a, e.b)) && this.hasRoom(e.a) && this.hasRoom(e.b);
  }
}

export function setUp(input: PlanInput): Board {
  const ids = input.participants.map((p) => p.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const wants = Int32Array.from(input.participants, (p) => Math.max(0, Math.min(p.wants, input.slots)));
  const bonus = input.mutualBonus ?? 25;
  const edges: Edge[] = [];
  const seen = new Set<number>();
  for (const p of input.pairs) {
    const a = index.get(p.a);
    const b = index.get(p.b);
    if (a === undefined || b === undefined || a === b || !(p.score > 0 || p.mutual)) continue;
    const [x, y] = a < b ? [a, b] : [b, a];
    const k = x * ids.length + y;
    if (seen.has(k)) continue;
    seen.add(k);
    edges.push({ a: x, b: y, score: p.score, w: p.score + (p.mutual ? bonus : 0) });
  }
  const board = new Board(input, ids, wants, edges);
  for (const f of input.fixed ?? []) {
    const a = index.get(f.a);
    const b = index.get(f.b);
    if (a === undefined || b === undefined || f.slot < 0 || f.slot >= input.slots) continue;
    const e = board.edgeAt.get(board.key(a, b)) ?? { a: Math.min(a, b), b: Math.max(a, b), w: 0, score: 0 };
    // A fixed meeting holds its slot even if availability changed since.
    board.busy[a * input.slots + f.slot] = 0;
    board.busy[b * input.slots + f.slot] = 0;
    board.place(e, f.slot, f.table, true);
  }
  return board;
}

