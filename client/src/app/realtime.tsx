/**
 * One Socket.IO connection per signed-in user, typed by the shared contract: chat
 * rooms, unread chat counts, live notifications. The handshake reads the current
 * access token each time it connects; a refused handshake refreshes it once. When the
 * server ends the socket ("session:ended": token expired, session revoked elsewhere, rooms
 * changed) the client refreshes its token and reconnects; chat then re-joins, syncs what it
 * missed and resends unacknowledged messages under their client ids (useChat).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, PushedNotification, ServerToClientEvents } from "@parklink/shared";
import { notificationsApi } from "../api/endpoints";
import { getAccessToken, refreshSession } from "../api/http";
import { useAuth } from "./auth";
import { refresh } from "./queries";

export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Realtime {
  socket: ChatSocket | null;
  connected: boolean;
  /** Unread chat messages per introduction. */
  unreadChats: Record<string, number>;
  unreadChatTotal: number;
  unreadNotifications: number;
  setUnreadNotifications(update: (n: number) => number): void;
  /** Calls `listener` for every live notification; returns the unsubscribe. */
  onNotification(listener: (n: PushedNotification) => void): () => void;
}

const RealtimeContext = createContext<Realtime | null>(null);

export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const userId = user?.id;
  const [socket, setSocket] = useState<ChatSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [unreadChats, setUnreadChats] = useState<Record<string, number>>({});
  const [unreadNotifications, setUnreadNotifications] = useState(0);
  const listeners = useRef(new Set<(n: PushedNotification) => void>());

  useEffect(() => {
    if (!userId) return;
    let alive = true;
    notificationsApi.unreadCount().then(
      (r) => alive && setUnreadNotifications(r.unread),
      () => undefined,
    );
    const s: ChatSocket = io(window.location.origin, {
      auth: (cb) => cb({ token: getAccessToken() ?? "" }),
      transports: ["websocket", "polling"],
    });
    let refreshedOnce = false;
    s.on("connect", () => {
      refreshedOnce = false;
      setConnected(true);
    });
    let ended: string | null = null;
    s.on("session:ended", ({ reason }) => {
      ended = reason;
    });
    s.on("disconnect", async (reason) => {
      setConnected(false);
      // Socket.IO does not reconnect after a server-side disconnect: do it, with a fresh token
      // unless only the rooms changed. A refused refresh signs out (and this effect is cleaned up).
      if (reason !== "io server disconnect" || !alive) return;
      const why = ended;
      ended = null;
      if (why !== "membership_removed" && !(await refreshSession())) return;
      if (alive) s.connect();
    });
    s.on("connect_error", async (err) => {
      setConnected(false);
      // A refused handshake is not retried by Socket.IO: refresh the token and try again, once.
      if (err.message === "unauthorized" && !s.active && !refreshedOnce) {
        refreshedOnce = true;
        if ((await refreshSession()) && alive) s.connect();
      }
    });
    s.on("unread", ({ counts, complete }) => setUnreadChats((prev) => (complete ? counts : { ...prev, ...counts })));
    s.on("notification", (n) => {
      setUnreadNotifications((c) => c + 1);
      // Something happened elsewhere (an introduction answered, a request expired): what is on screen catches up.
      void refresh();
      for (const l of listeners.current) l(n);
    });
    setSocket(s);
    return () => {
      alive = false;
      s.disconnect();
      setSocket(null);
      setConnected(false);
      setUnreadChats({});
      setUnreadNotifications(0);
    };
  }, [userId]);

  const onNotification = useCallback((listener: (n: PushedNotification) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const value = useMemo<Realtime>(
    () => ({
      socket,
      connected,
      unreadChats,
      unreadChatTotal: Object.values(unreadChats).reduce((a, b) => a + b, 0),
      unreadNotifications,
      setUnreadNotifications,
      onNotification,
    }),
    [socket, connected, unreadChats, unreadNotifications, onNotification],
  );
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): Realtime {
  const ctx = useContext(RealtimeContext);
  if (!ctx) throw new Error("useRealtime outside RealtimeProvider");
  return ctx;
}
