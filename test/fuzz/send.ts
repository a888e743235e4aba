import http from "node:http";
import type { FuzzRequest } from "./openapi-walk.js";

export interface FuzzAnswer {
  /** HTTP status, or 0 when no answer came (connection error or time-out). */
  status: number;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** Sends the request byte for byte (the target is not normalised) and reads the answer. */
export function send(baseUrl: string, req: FuzzRequest, timeoutMs = 10_000): Promise<FuzzAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: FuzzAnswer) => {
      if (!settled) {
        settled = true;
        resolve(answer);
      }
    };
    let outgoing: http.ClientRequest;
    try {
      outgoing = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: req.method,
          path: req.target,
          // Node sends a GET or DELETE body without a length unless told: the server would read it as the next request.
          headers: req.body ? { ...req.headers, "content-length": String(req.body.length) } : req.headers,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.length < 64 && chunks.push(c));
          res.on("end", () => finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8").slice(0, 2000) }));
          res.on("error", (err) => finish({ status: 0, body: String(err) }));
        },
      );
    } catch (err) {
      // The client itself refused the request (an invalid header): nothing reached the server.
      finish({ status: -1, body: String(err) });
      return;
    }
    outgoing.setTimeout(timeoutMs, () => {
      outgoing.destroy(new Error("time-out"));
      finish({ status: 0, body: "time-out" });
    });
    outgoing.on("error", (err) => finish({ status: 0, body: String(err) }));
    outgoing.end(req.body);
  });
}

/** A one-line description of a request, for failure reports. */
export function describeRequest(req: FuzzRequest): string {
  const body = req.body ? ` body=${JSON.stringify(req.body.subarray(0, 300).toString("utf8"))}${req.body.length > 300 ? `…(${req.body.length} bytes)` : ""}` : "";
  const headers = Object.entries(req.headers)
    .map(([k, v]) => `${k}: ${k === "authorization" ? v.slice(0, 20) + "…" : v}`)
    .join("; ");
  return `${req.method} ${req.target.slice(0, 300)} [${headers}]${body}`;
}
