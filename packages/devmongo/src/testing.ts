import { MongoClient } from "mongodb";
import { afterAll, beforeAll } from "vitest";
import { type DevMongoServer, startDevMongo } from "./index.js";

/**
 * For a test file: one development MongoDB server and a driver client on it for the whole
 * file (started before its first test, stopped after its last), and fresh databases named
 * after `name`.
 */
export function useDevMongo(name: string): { readonly server: DevMongoServer; readonly client: MongoClient; freshDb(): ReturnType<MongoClient["db"]> } {
  let server: DevMongoServer | undefined;
  let client: MongoClient | undefined;
  let dbCounter = 0;
  beforeAll(async () => {
    server = await startDevMongo();
    client = await MongoClient.connect(server.uri, { serverSelectionTimeoutMS: 5000 });
  });
  afterAll(async () => {
    await client?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("the development MongoDB is not started yet (use it inside a test)");
      return server;
    },
    get client() {
      if (!client) throw new Error("the development MongoDB is not started yet (use it inside a test)");
      return client;
    },
    freshDb() {
      return this.client.db(`devmongo_${name}_${process.pid}_${dbCounter++}`);
    },
  };
}
