import type http from "node:http";
import type { ChatServer } from "../modules/chat/socket.js";
import type { NodeState } from "../infra/node-state.js";

export interface DrainOptions {
  /** How long readiness answers 503 before the node stops accepting (the balancer's notice). */
  delayMs: number;
  /** Longest wait for in-flight requests and sockets before they are cut. */
  timeoutMs: number;
}

export interface Drainer {
  /** Requests being answered right now. */
  inFlight(): number;
  drain(io: ChatServer, state: NodeState, options: DrainOptions): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Takes a node out of service without dropping work: readiness turns 503, then the HTTP
 * server stops accepting; each Socket.IO client is told the node is going and its
 * connection is closed (not a server-side disconnect, so the client reconnects, through
 * the balancer, to another node); requests in flight finish, answered with
 * `Connection: close`; whatever is still open at the timeout is cut.
 */
export function drainer(httpServer: http.Server): Drainer {
  let inFlight = 0;
  let draining = false;
  httpServer.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    if (draining) res.setHeader("Connection", "close");
    res.once("close", () => inFlight--);
  });
  return {
    inFlight: () => inFlight,
    drain: async (io, state, options) => {
      state.draining = true;
      if (options.delayMs > 0) await sleep(options.delayMs);
      draining = true;
      httpServer.close();
      httpServer.closeIdleConnections();
      io.local.emit("server:shutdown", { reconnect: true });
      for (const socket of io.of("/").sockets.values()) socket.conn.close();
      const deadline = Date.now() + options.timeoutMs;
      while ((inFlight > 0 || io.engine.clientsCount > 0) && Date.now() < deadline) await sleep(20);
      httpServer.closeAllConnections();
    },
  };
}
