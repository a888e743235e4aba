/** Helpers of the crash tests: a server in its own process, killed and restarted on one data directory. */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MongoClient } from "mongodb";

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "serve.ts");

export interface Child {
  uri: string;
  process: ChildProcess;
  exited: Promise<void>;
  stderr(): string;
}

export async function spawnServer(dataDir: string, checkpointBytes?: number): Promise<Child> {
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", FIXTURE], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "test",
      DEVMONGO_DIR: dataDir,
      ...(checkpointBytes ? { DEVMONGO_CHECKPOINT_BYTES: String(checkpointBytes) } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const uri = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000);
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line && out.includes("\n")) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { uri: string }).uri);
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  return { uri, process: child, exited, stderr: () => err };
}

export function connect(uri: string): Promise<MongoClient> {
  return MongoClient.connect(uri, { serverSelectionTimeoutMS: 2000, maxPoolSize: 2, retryWrites: false });
}

/** Ids of the documents in `ids` that the collection lacks. */
export async function missing(client: MongoClient, coll: string, ids: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const docs = await client
      .db("crash")
      .collection<{ _id: string }>(coll)
      .find({ _id: { $in: ids.slice(i, i + 5000) } }, { projection: { _id: 1 } })
      .toArray();
    for (const d of docs) found.add(d._id);
  }
  return ids.filter((id) => !found.has(id));
}
