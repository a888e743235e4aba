/**
 * The live conversation of one introduction over the shared socket: join the room on
 * every (re)connect, load the newest page or sync what was missed, keep messages ordered
 * by `seq` without duplicates, send with a client id (optimistic, reconciled by the ack),
 * read receipts, typing and presence.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Ack, ChatMessage, ChatReadReceipt } from "@parklink/shared";
import { useAuth } from "../../app/auth";
import { useRealtime, type ChatSocket } from "../../app/realtime";

const PAGE = 50;
const ACK_TIMEOUT_MS = 10_000;
const TYPING_IDLE_MS = 4_000;
const TYPING_SHOWN_MS = 6_000;

export interface PendingMessage {
  /** A file uploaded to the introduction that the message carries. */
  attachmentId?: string;
  clientId: string;
  text: string;
  createdAt: string;
  state: "sending" | "failed";
  error?: string;
}

export interface ChatState {
  ready: boolean;
  error: string | null;
  messages: ChatMessage[];
  pending: PendingMessage[];
  hasMore: boolean;
  loadingEarlier: boolean;
  /** Users other than me with a socket in the room. */
  online: string[];
  /** Users other than me typing now. */
  typing: string[];
  /** Where every user has read up to, as a `seq` (0 when before what is loaded). */
  readSeq: Record<string, number>;
  /** Names of the users seen in the conversation. */
  names: Record<string, string>;
  myId: string;
  connected: boolean;
}

/** Merges messages by id (and replaces an equal clientId), ordered by seq. */
export function mergeMessages(current: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  if (!incoming.length) return current;
  const byId = new Map(current.map((m) => [m.id, m]));
  const clientIds = new Set(current.map((m) => m.clientId));
  for (const m of incoming) {
    if (byId.has(m.id)) continue;
    if (clientIds.has(m.clientId)) for (const [id, old] of byId) if (old.clientId === m.clientId) byId.delete(id);
    byId.set(m.id, m);
    clientIds.add(m.clientId);
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

function emitAck<T>(socket: ChatSocket, send: (s: ChatSocket, cb: (err: Error | null, res: Ack<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    send(socket, (err, res) => {
      if (err) reject(new Error("timeout"));
      else if (res.ok) resolve(res.data);
      else reject(Object.assign(new Error(res.error.message), { code: res.error.code }));
    });
  });
}

export function useChat(introductionId: string, visible: boolean) {
  const { user } = useAuth();
  const myId = user?.id ?? "";
  const { socket, connected } = useRealtime();
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [online, setOnline] = useState<string[]>([]);
  const [typing, setTyping] = useState<string[]>([]);
  const [reads, setReads] = useState<Record<string, string>>({});
  const messagesRef = useRef(messages);
  messagesRef.current = messages;
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const typingTimers = useRef(new Map<string, number>());
  const myTyping = useRef<{ on: boolean; timer?: number; lastSent: number }>({ on: false, lastSent: 0 });

  const transmit = useCallback(
    (s: ChatSocket, p: { clientId: string; text: string; attachmentId?: string }) => {
      emitAck<{ message: ChatMessage }>(s, (sock, cb) =>
        sock.timeout(ACK_TIMEOUT_MS).emit("chat:send", { introductionId, clientId: p.clientId, text: p.text, ...(p.attachmentId ? { attachmentId: p.attachmentId } : {}) }, cb),
      ).then(
        ({ message }) => {
          setMessages((cur) => mergeMessages(cur, [message]));
          setPending((cur) => cur.filter((x) => x.clientId !== p.clientId));
        },
        // Cut off before the answer, or refused because the session just ended (the server then
        // disconnects; the client refreshes and reconnects): it stays "sending" and goes again,
        // with the same client id, on reconnect.
        (err: Error & { code?: string }) =>
          s.connected &&
          err.code !== "unauthorized" &&
          setPending((cur) => cur.map((x) => (x.clientId === p.clientId ? { ...x, state: "failed", error: err.message } : x))),
      );
    },
    [introductionId],
  );

  // Join on every connect; then the newest page (first time) or what was missed (reconnect).
  useEffect(() => {
    if (!socket || !connected) return;
    let alive = true;
    (async () => {
      try {
        const joined = await emitAck<{ online: string[]; reads: ChatReadReceipt[] }>(socket, (s, cb) =>
          s.timeout(ACK_TIMEOUT_MS).emit("chat:join", { introductionId }, cb),
        );
        if (!alive) return;
        setOnline(joined.online.filter((u) => u !== myId));
        setReads(Object.fromEntries(joined.reads.map((r) => [r.userId, r.upTo])));
        const last = messagesRef.current.at(-1);
        if (!last) {
          const page = await emitAck<{ items: ChatMessage[]; hasMore: boolean }>(socket, (s, cb) =>
            s.timeout(ACK_TIMEOUT_MS).emit("chat:history", { introductionId, limit: PAGE }, cb),
          );
          if (!alive) return;
          setMessages((cur) => mergeMessages(cur, page.items));
          setHasMore(page.hasMore);
        } else {
          for (let after = last.id, more = true; more && alive; ) {
            const page = await emitAck<{ items: ChatMessage[]; hasMore: boolean }>(socket, (s, cb) =>
              s.timeout(ACK_TIMEOUT_MS).emit("chat:sync", { introductionId, after }, cb),
            );
            if (!alive) return;
            setMessages((cur) => mergeMessages(cur, page.items));
            more = page.hasMore && page.items.length > 0;
            after = page.items.at(-1)?.id ?? after;
          }
        }
        setError(null);
        setReady(true);
        // Messages typed while offline (or whose ack got lost) go again, with the same client id.
        for (const p of pendingRef.current) if (p.state === "sending") transmit(socket, p);
      } catch (err) {
        if (alive) setError((err as Error).message);
      }
    })();
    return () => {
      alive = false;
    };
  }, [socket, connected, introductionId, myId, transmit]);

  // Leave the room when the conversation is closed.
  useEffect(() => {
    if (!socket) return;
    return () => {
      if (socket.connected) socket.emit("chat:leave", { introductionId });
    };
  }, [socket, introductionId]);

  // While our own connection is down nobody's presence or typing is known: show none rather than stale.
  useEffect(() => {
    if (connected) return;
    setOnline([]);
    setTyping([]);
  }, [connected]);

  // Live events of this room.
  useEffect(() => {
    if (!socket) return;
    const timers = typingTimers.current;
    const setTypingOf = (userId: string, on: boolean) => {
      window.clearTimeout(timers.get(userId));
      timers.delete(userId);
      setTyping((cur) => (on ? (cur.includes(userId) ? cur : [...cur, userId]) : cur.filter((u) => u !== userId)));
      if (on) timers.set(userId, window.setTimeout(() => setTypingOf(userId, false), TYPING_SHOWN_MS));
    };
    const onMessage = (m: ChatMessage) => {
      if (m.introductionId !== introductionId) return;
      setMessages((cur) => mergeMessages(cur, [m]));
      setPending((cur) => cur.filter((x) => x.clientId !== m.clientId));
      setTypingOf(m.senderId, false);
    };
    const onRead = (r: ChatReadReceipt) => r.introductionId === introductionId && setReads((cur) => ({ ...cur, [r.userId]: r.upTo }));
    const onTyping = (e: { introductionId: string; userId: string; typing: boolean }) =>
      e.introductionId === introductionId && e.userId !== myId && setTypingOf(e.userId, e.typing);
    const onPresence = (p: { introductionId: string; userId: string; online: boolean }) => {
      if (p.introductionId !== introductionId || p.userId === myId) return;
      setOnline((cur) => (p.online ? (cur.includes(p.userId) ? cur : [...cur, p.userId]) : cur.filter((u) => u !== p.userId)));
      if (!p.online) setTypingOf(p.userId, false);
    };
    socket.on("chat:message", onMessage);
    socket.on("chat:read", onRead);
    socket.on("chat:typing", onTyping);
    socket.on("presence", onPresence);
    return () => {
      socket.off("chat:message", onMessage);
      socket.off("chat:read", onRead);
      socket.off("chat:typing", onTyping);
      socket.off("presence", onPresence);
      for (const t of timers.values()) window.clearTimeout(t);
      timers.clear();
    };
  }, [socket, introductionId, myId]);

  // Read up to the newest message of someone else while the conversation is on screen.
  const lastOther = [...messages].reverse().find((m) => m.senderId !== myId);
  const myReadId = reads[myId];
  const myReadSeq = messages.find((m) => m.id === myReadId)?.seq ?? 0;
  useEffect(() => {
    if (!socket || !connected || !ready || !visible || !lastOther || lastOther.seq <= myReadSeq) return;
    socket.emit("chat:read", { introductionId, upTo: lastOther.id }, (res) => {
      if (res.ok) setReads((cur) => ({ ...cur, [myId]: res.data.upTo }));
    });
  }, [socket, connected, ready, visible, lastOther, myReadSeq, introductionId, myId]);

  const send = useCallback(
    (text: string, attachmentId?: string) => {
      const p: PendingMessage = { clientId: crypto.randomUUID(), text, createdAt: new Date().toISOString(), state: "sending", ...(attachmentId ? { attachmentId } : {}) };
      setPending((cur) => [...cur, p]);
      if (socket?.connected) transmit(socket, p);
    },
    [socket, transmit],
  );

  const retry = useCallback(
    (clientId: string) => {
      const p = pendingRef.current.find((x) => x.clientId === clientId);
      if (!p) return;
      setPending((cur) => cur.map((x) => (x.clientId === clientId ? { ...x, state: "sending", error: undefined } : x)));
      if (socket?.connected) transmit(socket, p);
    },
    [socket, transmit],
  );

  const discard = useCallback((clientId: string) => setPending((cur) => cur.filter((x) => x.clientId !== clientId)), []);

  const loadEarlier = useCallback(async () => {
    const first = messagesRef.current[0];
    if (!socket || !first) return;
    setLoadingEarlier(true);
    try {
      const page = await emitAck<{ items: ChatMessage[]; hasMore: boolean }>(socket, (s, cb) =>
        s.timeout(ACK_TIMEOUT_MS).emit("chat:history", { introductionId, before: first.id, limit: PAGE }, cb),
      );
      setMessages((cur) => mergeMessages(cur, page.items));
      setHasMore(page.hasMore);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setLoadingEarlier(false);
    }
  }, [socket, introductionId]);

  /** Call on every keystroke: tells the room once in a while, and stops after a pause. */
  const typed = useCallback(
    (stop = false) => {
      const state = myTyping.current;
      window.clearTimeout(state.timer);
      if (!socket?.connected) return;
      if (stop) {
        if (state.on) socket.emit("chat:typing", { introductionId, typing: false });
        state.on = false;
        return;
      }
      if (!state.on || Date.now() - state.lastSent > TYPING_IDLE_MS - 1000) {
        socket.emit("chat:typing", { introductionId, typing: true });
        state.on = true;
        state.lastSent = Date.now();
      }
      state.timer = window.setTimeout(() => {
        state.on = false;
        socket.emit("chat:typing", { introductionId, typing: false });
      }, TYPING_IDLE_MS);
    },
    [socket, introductionId],
  );

  const seqOf = new Map(messages.map((m) => [m.id, m.seq]));
  const readSeq = Object.fromEntries(Object.entries(reads).map(([u, id]) => [u, seqOf.get(id) ?? 0]));
  const names = Object.fromEntries(messages.map((m) => [m.senderId, m.senderName]));
  const state: ChatState = { ready, error, messages, pending, hasMore, loadingEarlier, online, typing, readSeq, names, myId, connected };
  return { state, send, retry, discard, loadEarlier, typed };
}
