import { useEffect, useState } from "react";
import { useI18n } from "../i18n";
import { authApi } from "../api/endpoints";
import { useAuth } from "./auth";
import { useRealtime } from "./realtime";
import { Link, navigate, useLocation } from "./router";
import { UserAvatar } from "../components/media";

function NavLink({ to, children, badge, badgeLabel }: { to: string; children: string; badge?: number; badgeLabel?: string }) {
  const { path } = useLocation();
  const current = path === to || (to !== "/" && path.startsWith(`${to}/`));
  return (
    <Link to={to} className="nav-link" aria-current={current ? "page" : undefined}>
      {children}
      {badge ? (
        <span className="badge" aria-label={badgeLabel}>
          {badge}
        </span>
      ) : null}
    </Link>
  );
}

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const { user } = useAuth();
  const choose = (next: "en" | "zh") => {
    setLang(next);
    // The account's language decides e-mails and digests; keep it in step, quietly.
    if (user && user.locale !== next) authApi.updateMe({ locale: next }).catch(() => undefined);
  };
  return (
    <div className="lang-switch" role="group" aria-label={t("lang.switch")}>
      <button type="button" lang="en" aria-pressed={lang === "en"} onClick={() => choose("en")}>
        English
      </button>
      <button type="button" lang="zh" aria-pressed={lang === "zh"} onClick={() => choose("zh")}>
        中文
      </button>
    </div>
  );
}

export function Header() {
  const { t } = useI18n();
  const { user, isStaff, logout } = useAuth();
  const { unreadChatTotal, unreadNotifications } = useRealtime();
  const { href } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [href]);

  const signOut = async () => {
    await logout();
    navigate("/");
  };

  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to="/" className="brand" aria-label={t("app.home")}>
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <circle cx="9" cy="16" r="6" fill="#0f766e" />
            <circle cx="23" cy="16" r="6" fill="#f59e0b" />
            <rect x="9" y="14" width="14" height="4" fill="#134e4a" />
          </svg>
          <span>Parklink</span>
        </Link>
        <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen(!open)}>
          {t("nav.menu")}
        </button>
        <nav id="main-nav" className={open ? "main-nav open" : "main-nav"} aria-label={t("nav.main")}>
          <NavLink to="/search">{t("nav.search")}</NavLink>
          {user && <NavLink to="/my/orgs">{t("nav.myOrgs")}</NavLink>}
          {user && <NavLink to="/requests">{t("nav.requests")}</NavLink>}
          {user && <NavLink to="/events">{t("nav.events")}</NavLink>}
          {user && (
            <NavLink to="/introductions" badge={unreadChatTotal} badgeLabel={t("chat.unreadCount", { count: unreadChatTotal })}>
              {t("nav.introductions")}
            </NavLink>
          )}
          {isStaff && <NavLink to="/staff">{t("nav.staff")}</NavLink>}
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          {user ? (
            <>
              <Link
                to="/notifications"
                className="bell"
              >
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                  <path d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
                </svg>
                {/* The name comes from the content, so the count one sees is the count one hears. */}
                <span className="sr-only">{t("notifications.title")}</span>
                {unreadNotifications > 0 && (
                  <>
                    <span className="badge" data-testid="notification-count" aria-hidden="true">
                      {unreadNotifications}
                    </span>
                    <span className="sr-only">{t("notifications.unreadCount", { count: unreadNotifications })}</span>
                  </>
                )}
              </Link>
              <Link to="/settings" className="with-picture" title={t("nav.settings")}>
                <UserAvatar userId={user.id} name={user.name} size={28} />
                <span className="user-name">{user.name}</span>
              </Link>
              <button type="button" className="btn btn-small btn-ghost" onClick={signOut}>
                {t("auth.logout")}
              </button>
            </>
          ) : (
            <>
              <Link to="/login" className="btn btn-small btn-ghost">
                {t("auth.login")}
              </Link>
              <Link to="/register" className="btn btn-small btn-primary">
                {t("auth.register")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
