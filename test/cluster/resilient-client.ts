/**
 * A chat client that behaves as a real one across node failures: it reconnects (through the
 * balancer), rejoins its room, catches up with chat:sync after the last message it holds,
 * and resends each unacknowledged message under the same client id until acknowledged.
 */
import crypto from "node:crypto";
import { io as connect } from "socket.io-client";
import type { ChatMessage } from "@parklink/shared";
import type { ChatClient } from "../../server/src/modules/chat/testing.js";

export class ResilientChatClient {
  readonly socket: ChatClient;
  /** Every message this client holds, by id (live or caught up). */
  readonly messages = new Map<string, ChatMessage>();
  /** The same message delivered live twice on one connection (a server fault). */
  liveDuplicates = 0;
  disconnects = 0;
  /** `server:shutdown` notices received (a draining node tells its clients before closing). */
  shutdownNotices = 0;
  private seenOnConnection = new Set<string>();
  private joined: Promise<void>;

  constructor(
    url: string,
    token: string,
    readonly introductionId: string,
    localAddress: string,
  ) {
    this.socket = connect(url, {
      auth: { token },
      transports: ["websocket"],
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 400,
      localAddress,
    } as Parameters<typeof connect>[1]);
    this.joined = this.nextJoin();
    this.socket.on("chat:message", (m) => {
      if (m.introductionId !== this.introductionId) return;
      if (this.seenOnConnection.has(m.id)) this.liveDuplicates++;
      this.seenOnConnection.add(m.id);
      this.messages.set(m.id, m);
    });
    this.socket.on("server:shutdown", () => void this.shutdownNotices++);
    this.socket.on("disconnect", () => {
      this.disconnects++;
      this.seenOnConnection = new Set();
      this.joined = this.nextJoin();
    });
  }

  /** Joins the room on the next connection, then catches up from the last message held. */
  private nextJoin(): Promise<void> {
    return new Promise((resolve) => {
      const onConnect = async () => {
        for (;;) {
          try {
            const joined = await this.socket.timeout(3000).emitWithAck("chat:join", { introductionId: this.introductionId });
            if (!joined.ok) throw new Error(joined.error.code);
            const last = this.last();
            if (last) {
              const synced = await this.socket.timeout(3000).emitWithAck("chat:sync", { introductionId: this.introductionId, after: last.id });
              if (!synced.ok) throw new Error(synced.error.code);
              for (const m of synced.data.items) this.messages.set(m.id, m);
            }
            return resolve();
          } catch {
            if (!this.socket.connected) return; // the next connection joins instead
          }
        }
      };
      if (this.socket.connected) void onConnect();
      else this.socket.once("connect", () => void onConnect());
    });
  }

  ready(): Promise<void> {
    return this.joined;
  }

  last(): ChatMessage | undefined {
    let last: ChatMessage | undefined;
    for (const m of this.messages.values()) if (!last || m.seq > last.seq) last = m;
    return last;
  }

  /** Sends once, whatever happens to the connection: the same client id until a node acknowledges it. */
  async send(text: string, deadlineMs = 20_000): Promise<ChatMessage> {
    const clientId = crypto.randomUUID();
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`"${text}" was never acknowledged`);
      try {
        await this.joined;
        const ack = await this.socket.timeout(2000).emitWithAck("chat:send", { introductionId: this.introductionId, clientId, text });
        if (!ack.ok) throw new Error(ack.error.code);
        this.messages.set(ack.data.message.id, ack.data.message);
        return ack.data.message;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  close(): void {
    this.socket.disconnect();
  }
}
