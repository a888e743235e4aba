/**
 * Shared set-up of the conformance suites: two driver clients on the run's MongoDB
 * (MONGODB_URI when set, else the backend the global setup started) and a fresh
 * database per test. Nothing here knows which backend it talks to.
 */
import { type Db, MongoClient } from "mongodb";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import "../setup/provided.js";

export interface Conformance {
  /** The test's database through the first client. */
  db(): Db;
  /** The same database through a second, independent client ("another application"). */
  otherDb(): Db;
  client(): MongoClient;
  uri(): string;
}

export function useConformance(label: string): Conformance {
  const runId = `${label}_${process.pid}_${Date.now().toString(36)}`;
  let main: MongoClient;
  let other: MongoClient;
  let dbName = "";
  let counter = 0;
  beforeAll(async () => {
    main = await MongoClient.connect(inject("mongoUri"), { serverSelectionTimeoutMS: 10_000 });
    other = await MongoClient.connect(inject("mongoUri"), { serverSelectionTimeoutMS: 10_000 });
  });
  afterAll(async () => {
    await main?.close();
    await other?.close();
  });
  beforeEach(() => {
    dbName = `conf_${runId}_${counter++}`;
  });
  afterEach(async () => {
    await main.db(dbName).dropDatabase();
  });
  return {
    db: () => main.db(dbName),
    otherDb: () => other.db(dbName),
    client: () => main,
    uri: () => inject("mongoUri"),
  };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await p;
  } catch (err) {
    return err as Record<string, unknown>;
  }
  throw new Error("expected the operation to fail");
}
