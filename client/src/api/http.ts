import { fieldIssues, type AuthSession, type FieldIssue, type UserView } from "@parklink/shared";
import type { ZodType } from "zod";

/**
 * Token handling. The access token (short-lived, 15 min) lives only in memory, so a
 * script injected into the page cannot lift it from storage and it dies with the tab.
 * The refresh token must survive a reload, so it is kept in localStorage; the server
 * rotates it on every use and ends the whole session when an old one is replayed, which
 * limits what a stolen copy is worth. (An httpOnly cookie would be stronger still, but
 * the API speaks bearer tokens only.) A 401 `unauthorized` triggers one refresh and one
 * retry; concurrent callers share that single refresh.
 */
const REFRESH_KEY = "parklink.refreshToken";

export type { FieldIssue };

/** An error answered by the API: `{error:{code,message,details?}}`, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Field problems of a 400 validation_failed (`details.issues`), or none. */
  get issues(): FieldIssue[] {
    const issues = (this.details as { issues?: unknown } | undefined)?.issues;
    if (!Array.isArray(issues)) return [];
    return issues
      .filter((i): i is FieldIssue => typeof i?.field === "string")
      .map((i) => ({ ...i, code: typeof i.code === "string" ? i.code : "invalid" }));
  }
}

/**
 * Checks a body with the same shared schema the server uses before it is sent, so a
 * form shows its problems at once (and offline); throws the same 400 the server would.
 */
export function checkBody<T>(schema: ZodType, body: T): T {
  const result = schema.safeParse(body);
  if (result.success) return body;
  const issues = fieldIssues(result.error, "body", body);
  throw new ApiError(400, "validation_failed", issues.map((i) => `${i.field}: ${i.message}`).join("; "), { issues });
}

type SessionListener = (user: UserView | null) => void;

const writeListeners = new Set<(path: string) => void>();
/** Told after every write the API accepted (the data layer marks what it cached as stale). */
export function onApiWrite(listener: (path: string) => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<SessionListener>();

export const getAccessToken = () => accessToken;
export const getRefreshToken = () => localStorage.getItem(REFRESH_KEY);
export const hasRefreshToken = () => getRefreshToken() !== null;

export function onSessionChange(listener: SessionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSession(session: AuthSession | null): void {
  accessToken = session?.accessToken ?? null;
  if (session) localStorage.setItem(REFRESH_KEY, session.refreshToken);
  else localStorage.removeItem(REFRESH_KEY);
  for (const l of listeners) l(session?.user ?? null);
}

let sessionChange: Promise<unknown> | null = null;

/**
 * Runs an action of this tab that ends the user's sessions and answers a new pair (password
 * change, signing out elsewhere): meanwhile the server's "session ended" to this tab's socket
 * waits for that answer instead of refreshing with the token the action just revoked.
 */
export function changingSession(action: () => Promise<AuthSession>): Promise<AuthSession> {
  // The new pair is stored as soon as it arrives, before anything waiting on the change resumes.
  const run = action().then((session) => {
    setSession(session);
    return session;
  });
  sessionChange = run.catch(() => undefined).finally(() => {
    if (sessionChange === tracked) sessionChange = null;
  });
  const tracked = sessionChange;
  return run;
}


/** Exchanges the stored refresh token for a new pair; false (and signed out) when it is gone or refused. */
export function refreshSession(): Promise<boolean> {
  // This tab is ending its sessions itself and gets a new pair: wait for it rather than spend the revoked token.
  if (sessionChange) return sessionChange.then(() => accessToken !== null);
  if (refreshing) return refreshing;
  refreshing = (async () => {
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    if (!refreshToken) return false;
    try {
      const session = await send<AuthSession>("POST", "/api/auth/refresh", { json: { refreshToken } }, false);
      setSession(session);
      return true;
    } catch (err) {
      // A network failure keeps the token for the next try; a refusal ends the session.
      if (err instanceof ApiError && err.status !== 0 && err.status < 500) setSession(null);
      return false;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>;

export interface RequestOptions {
  query?: Query;
  json?: unknown;
  /** A raw text body (e.g. CSV) with its content type. */
  text?: { body: string; type: string };
  /** A multipart body (file uploads); the browser sets its content type. */
  form?: FormData;
  /** Answer as text instead of JSON (exports). */
  asText?: boolean;
  signal?: AbortSignal;
}

export function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

async function send<T>(method: string, path: string, opts: RequestOptions, mayRefresh: boolean): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  let body: string | FormData | undefined;
  if (opts.form) body = opts.form;
  else if (opts.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(opts.json);
  } else if (opts.text) {
    headers["Content-Type"] = opts.text.type;
    body = opts.text.body;
  }
  let res: Response;
  try {
    res = await fetch(path + queryString(opts.query), { method, headers, body, signal: opts.signal });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(0, "network", "The server cannot be reached. Check your connection and try again.");
  }
  if (res.status === 401 && mayRefresh && hasRefreshToken()) {
    const code = await res
      .clone()
      .json()
      .then((b: { error?: { code?: string } }) => b.error?.code)
      .catch(() => undefined);
    if (code === "unauthorized" && (await refreshSession())) return send<T>(method, path, opts, false);
  }
  if (!res.ok) {
    const payload = (await res.json().catch(() => null)) as { error?: { code: string; message: string; details?: unknown } } | null;
    const e = payload?.error;
    throw new ApiError(res.status, e?.code ?? "http_" + res.status, e?.message ?? res.statusText, e?.details);
  }
  if (res.status === 204) return undefined as T;
  return (opts.asText ? await res.text() : await res.json()) as T;
}

/** One call to the API; retried once after a token refresh. */
export async function api<T>(method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", path: string, opts: RequestOptions = {}): Promise<T> {
  const result = await send<T>(method, `/api${path}`, opts, true);
  if (method !== "GET") for (const l of writeListeners) l(path);
  return result;
}
