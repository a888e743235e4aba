/**
 * A chat client that behaves as a real one across node failures: it reconnects (through the
 * balancer), rejoins its room, catches up after the last message it holds in unbroken order,
 * catches up too when a message arrives after a gap in the numbering (a message stored by a
 * node that died before passing it on), and resends each unacknowledged message under the
 * same client id until acknowledged.
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
      if (m.seq > (this.lastInOrder()?.seq ?? 0) + 1) void this.catchUp().catch(() => undefined);
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
            await this.catchUp();
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

  /** The last message of the unbroken run from the first one (seq 1, 2, 3 … all held). */
  lastInOrder(): ChatMessage | undefined {
    const bySeq = new Map([...this.messages.values()].map((m) => [m.seq, m]));
    let last: ChatMessage | undefined;
    for (let seq = 1; bySeq.has(seq); seq++) last = bySeq.get(seq);
    return last;
  }

  /** Fetches what follows the last message held in order (the latest page when none is held). */
  private async catchUp(): Promise<void> {
    const last = this.lastInOrder();
    const page = last
      ? await this.socket.timeout(3000).emitWithAck("chat:sync", { introductionId: this.introductionId, after: last.id })
      : await this.socket.timeout(3000).emitWithAck("chat:history", { introductionId: this.introductionId, limit: 50 });
    if (!page.ok) throw new Error(page.error.code);
    for (const m of page.data.items) this.messages.set(m.id, m);
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
