import mongoose from "mongoose";
import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { startCluster, type Cluster } from "../../scripts/cluster/cluster.js";
import { connectMongo } from "../../server/src/infra/mongo.js";
import { JOB_LEASES, type JobLease } from "../../server/src/infra/jobs.js";
import type { AppDeps } from "../../server/src/deps.js";
import { chatMessageModel } from "../../server/src/modules/chat/model.js";
import { createIntroduction } from "../../server/src/modules/chat/testing.js";
import { waitForMeiliTask } from "../../server/src/infra/meili-http.js";
import { ResilientChatClient } from "./resilient-client.js";
import "../setup/provided.js";

const ONCE_PER_SWEEP = ["requests-sweep", "introductions-sweep", "digests"];

/** Sum of one series over the given nodes' /metrics (read on each node directly, with the token). */
async function metricSum(cluster: Cluster, series: string, nodes = cluster.nodes.filter((n) => n.alive())): Promise<number> {
  let sum = 0;
  for (const node of nodes) {
    const res = await fetch(`${node.url}/metrics`, { headers: { Authorization: `Bearer ${cluster.metricsToken}` } });
    const line = (await res.text()).split("\n").find((l) => l.startsWith(`${series} `));
    sum += line ? Number(line.slice(series.length + 1)) : 0;
  }
  return sum;
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("three app nodes behind nginx, one MongoDB, one Meilisearch, one Redis", () => {
  let cluster: Cluster;
  let db: mongoose.Connection;
  let deps: AppDeps;
  let startedAt: number;
  /** A local address (127.0.N.1) nginx's ip_hash sends to each node. */
  const addressOf: string[] = [];
  const clients: ResilientChatClient[] = [];

  beforeAll(async () => {
    startedAt = Date.now();
    cluster = await startCluster({ mongoUri: inject("mongoUri"), meili: { url: inject("meiliUrl"), masterKey: inject("meiliKey") } });
    db = await connectMongo(inject("mongoUri"), cluster.dbName);
    // The kit's data makers read only the connection and the signing key.
    deps = { db, jwtSecret: cluster.jwtSecret } as AppDeps;
    for (let n = 1; n < 64 && addressOf.filter(Boolean).length < cluster.nodes.length; n++) {
      const address = `127.0.${n}.1`;
      const node = await cluster.nodeFor(address);
      addressOf[node] ??= address;
    }
  }, 90_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await cluster?.stop();
    await db?.dropDatabase().catch(() => undefined);
    await db?.close();
    const meili = new Meilisearch({ host: inject("meiliUrl"), apiKey: inject("meiliKey") });
    const { results } = await meili.getIndexes({ limit: 1000 });
    await Promise.all(results.filter((i) => cluster && i.uid.startsWith(cluster.indexPrefix)).map((i) => waitForMeiliTask(meili, meili.deleteIndex(i.uid))));
  }, 60_000);

  /** Two members of an introduction, in its room, each connected through nginx to the given node. */
  async function pairOnNodes(aliceNode: number, bobNode: number) {
    const { introductionId, a, b } = await createIntroduction(deps);
    const alice = new ResilientChatClient(cluster.url, a.token, introductionId, addressOf[aliceNode]);
    const bob = new ResilientChatClient(cluster.url, b.token, introductionId, addressOf[bobNode]);
    clients.push(alice, bob);
    await Promise.all([alice.ready(), bob.ready()]);
    return { introductionId, alice, bob };
  }

  it("when the nodes have started, then nginx spreads clients over all three", () => {
    expect(addressOf.filter(Boolean)).toHaveLength(3);
  });

  it("when one client spends a rate limit partly on each node, then every node refuses the next request (counters in Redis)", async () => {
    // The sign-in routes allow 20 requests a minute per address and route: spread over the three nodes, then one more.
    const ask = (node: number) =>
      fetch(`${cluster.nodes[node].url}/api/auth/password-reset/request`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "nobody@parklink.test" }) });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await ask(i % 3)).status);
    expect(statuses.every((s) => s === 202)).toBe(true);
    for (const node of [0, 1, 2]) expect((await ask(node)).status).toBe(429);
  });

  it("when a member signs out everywhere on one node, then the old token is refused on every node within 5 s", async () => {
    const { a } = await createIntroduction(deps);
    const me = (node: number, token: string) => fetch(`${cluster.nodes[node].url}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
    for (const node of [0, 1, 2]) expect((await me(node, a.token)).status).toBe(200);
    const ended = await fetch(`${cluster.nodes[1].url}/api/auth/sessions/end-others`, { method: "POST", headers: { Authorization: `Bearer ${a.token}` } });
    expect(ended.status).toBe(200);
    const fresh = ((await ended.json()) as { accessToken: string }).accessToken;
    await until(async () => (await Promise.all([0, 1, 2].map(async (n) => (await me(n, a.token)).status))).every((s) => s === 401), "old token refused on every node", 5_000);
    for (const node of [0, 1, 2]) expect((await me(node, fresh)).status).toBe(200);
  });

  it("when every node runs the periodic jobs, then each runs once across the three nodes", async () => {
    const leases = db.collection<JobLease>(JOB_LEASES);
    await until(async () => (await leases.countDocuments({ name: { $in: ONCE_PER_SWEEP }, runs: { $gte: 1 } })) === ONCE_PER_SWEEP.length, "first sweeps");
    for (const job of ONCE_PER_SWEEP) {
      expect(await leases.findOne({ name: job }), job).toMatchObject({ runs: 1, failures: 0, owner: null });
      expect(await metricSum(cluster, `parklink_job_runs_total{job="${job}",outcome="success"}`), job).toBe(1);
    }
    // The five-second job: one run per period across the nodes, not one per node.
    const periods = Math.ceil((Date.now() - startedAt) / 5000) + 1;
    const suggestions = await metricSum(cluster, 'parklink_job_runs_total{job="suggestions",outcome="success"}');
    expect(suggestions).toBeGreaterThanOrEqual(1);
    expect(suggestions).toBeLessThanOrEqual(periods);
  });

  it("when two members on different nodes chat, then each message crosses to the other node once", async () => {
    const { alice, bob } = await pairOnNodes(0, 2);
    const sent = await alice.send("Greetings from Zhongguancun, via node 0");
    const reply = await bob.send("Hallo aus Adlershof, via node 2");
    await until(async () => bob.messages.has(sent.id) && alice.messages.has(reply.id), "delivery across nodes", 5000);
    // Bob's own reply may be acknowledged before Alice's message reaches him through Redis: what
    // he holds is checked in the conversation's order (its numbers), not in order of arrival.
    expect([...bob.messages.values()].sort((x, y) => x.seq - y.seq).map((m) => m.id)).toEqual([sent.id, reply.id]);
    expect(reply.seq).toBe(2);
    expect(alice.liveDuplicates + bob.liveDuplicates).toBe(0);
  });

  it("when a node is killed mid-conversation, then its clients reconnect through nginx to another node and no message is lost or duplicated", async () => {
    const { introductionId, alice, bob } = await pairOnNodes(0, 1);
    const victim = cluster.nodes[1];

    const pace = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const talk = async (who: ResilientChatClient, name: string, count: number, everyMs: number) => {
      const acked = [];
      for (let i = 1; i <= count; i++) {
        acked.push(await who.send(`${name} #${i}`));
        await pace(everyMs);
      }
      return acked;
    };
    const conversation = Promise.all([talk(alice, "alice", 12, 120), talk(bob, "bob", 8, 180)]);
    await pace(500);
    await victim.kill("SIGKILL");
    const [fromAlice, fromBob] = await conversation;
    // The conversation goes on: a message stored by the dying node but never passed on shows
    // as a gap in the numbering when the next one arrives, and the client catches up.
    fromAlice.push(await alice.send("alice: still there?"));
    fromBob.push(await bob.send("bob: yes, reconnected"));
    const total = fromAlice.length + fromBob.length;

    const stored = await chatMessageModel(db).find({ introductionId }).sort({ seq: 1 }).lean();
    expect(stored).toHaveLength(total);
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(stored.map((m) => m.clientId)).size).toBe(total);
    const ids = stored.map((m) => String(m._id)).sort();
    expect([...fromAlice, ...fromBob].map((m) => m.id).sort()).toEqual(ids);

    await until(async () => alice.lastInOrder()?.seq === total && bob.lastInOrder()?.seq === total, "both sides holding every message");
    expect([...alice.messages.keys()].sort()).toEqual(ids);
    expect([...bob.messages.keys()].sort()).toEqual(ids);
    expect(alice.liveDuplicates + bob.liveDuplicates).toBe(0);
    expect(bob.disconnects).toBeGreaterThanOrEqual(1);
    expect(alice.disconnects).toBe(0);
    // Bob's address still hashes to the dead node; nginx now sends it to a live one.
    expect(victim.alive()).toBe(false);
    expect([0, 2]).toContain(await cluster.nodeFor(addressOf[1]));
  });

  it("when a node is stopped (SIGTERM), then it drains: its clients are told, reconnect to another node and keep chatting", async () => {
    const { alice, bob } = await pairOnNodes(0, 2);
    const stopping = cluster.nodes[2];
    const before = await alice.send("before the upgrade");
    await until(async () => bob.messages.has(before.id), "delivery before the stop", 5000);
    await stopping.kill("SIGTERM");
    expect(stopping.output()).not.toMatch(/"level":(50|60)/);
    expect(bob.shutdownNotices).toBe(1);
    const after = await bob.send("after the upgrade");
    await until(async () => alice.messages.has(after.id), "delivery after the stop", 10_000);
    expect(after.seq).toBe(before.seq + 1);
    expect(await cluster.nodeFor(addressOf[2])).toBe(0);
  });
});
