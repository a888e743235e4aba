import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { authApi, orgsApi } from "../api/endpoints";
import { getRefreshToken, hasRefreshToken, onSessionChange, refreshSession, setSession } from "../api/http";
import type { AuthSession, OrgView, UserView } from "../api/types";

export interface Auth {
  /** False until a stored session has been restored (or found missing). */
  ready: boolean;
  user: UserView | null;
  isStaff: boolean;
  /** The organizations the user belongs to, any vetting state. */
  orgs: OrgView[];
  reloadOrgs(): Promise<void>;
  signedIn(session: AuthSession): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<UserView | null>(null);
  const [orgs, setOrgs] = useState<OrgView[]>([]);

  const reloadOrgs = useCallback(async () => {
    try {
      setOrgs((await orgsApi.mine()).items);
    } catch {
      setOrgs([]);
    }
  }, []);

  useEffect(() => {
    const off = onSessionChange((next) => {
      setUser(next);
      if (!next) setOrgs([]);
    });
    (async () => {
      if (hasRefreshToken() && (await refreshSession())) await reloadOrgs();
      setReady(true);
    })();
    return off;
  }, [reloadOrgs]);

  const signedIn = useCallback(
    async (session: AuthSession) => {
      setSession(session);
      await reloadOrgs();
    },
    [reloadOrgs],
  );

  const logout = useCallback(async () => {
    const token = getRefreshToken();
    if (token) await authApi.logout(token).catch(() => undefined);
    setSession(null);
  }, []);

  const value = useMemo<Auth>(
    () => ({
      ready,
      user,
      isStaff: user?.role === "staff" || user?.role === "admin",
      orgs,
      reloadOrgs,
      signedIn,
      logout,
    }),
    [ready, user, orgs, reloadOrgs, signedIn, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error("useAuth outside AuthProvider");
  return ctx;
}
