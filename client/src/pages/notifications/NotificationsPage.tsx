import { useEffect, useState } from "react";
import { notificationsApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import type { NotificationItem, NotificationPage } from "../../api/types";
import { useRealtime } from "../../app/realtime";
import { Link, navigate, useLocation, withQuery } from "../../app/router";
import { toApiError, useApi } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, PageTitle, Pager, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";

const PAGE_SIZE = 20;

/** Only links inside the app are followed (a notification names a path such as /introductions/…). */
const internal = (link: string | undefined) => (link && link.startsWith("/") && !link.startsWith("//") ? link : undefined);

function NotificationRow({ n, onRead }: { n: NotificationItem; onRead(n: NotificationItem): Promise<void> }) {
  const { t, lang, dateTime } = useI18n();
  const title = lang === "zh" ? n.title.zh : n.title.en;
  const link = internal(n.link);
  return (
    <li className={n.read ? "row notification" : "row notification unread"}>
      <span className="unread-dot" aria-hidden="true" />
      <div className="row-main">
        {!n.read && <span className="sr-only">{t("notifications.unread")}: </span>}
        {link ? (
          <Link to={link} onClick={() => void (n.read ? undefined : onRead(n))}>
            {title}
          </Link>
        ) : (
          <span>{title}</span>
        )}
        <p className="muted small">
          <time dateTime={n.createdAt}>{dateTime(n.createdAt)}</time>
        </p>
      </div>
      <div className="row-side">
        {!n.read && (
          <button type="button" className="btn btn-small btn-ghost" aria-label={t("notifications.markReadFor", { title })} onClick={() => void onRead(n)}>
            {t("notifications.markRead")}
          </button>
        )}
      </div>
    </li>
  );
}

/** The notification centre: newest first, paged; new ones arrive live; mark one or all read. */
export function NotificationsPage() {
  const { t, lang, number } = useI18n();
  const { query } = useLocation();
  const page = Math.max(1, Number(query.get("page")) || 1);
  const { onNotification, setUnreadNotifications } = useRealtime();
  const list = useApi(["notifications", "list", page], () => notificationsApi.list(page));
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState("");
  const [announce, setAnnounce] = useState("");
  const { setData } = list;

  // The server's count is the truth: keep the bell in step with it.
  const serverUnread = list.data?.unread;
  useEffect(() => {
    if (serverUnread !== undefined) setUnreadNotifications(() => serverUnread);
  }, [serverUnread, setUnreadNotifications]);

  // Live notifications go on top of the first page.
  useEffect(
    () =>
      onNotification((pushed) => {
        setAnnounce(t("notifications.new", { title: lang === "zh" ? pushed.title.zh : pushed.title.en }));
        if (page !== 1) return;
        setData((prev): NotificationPage => {
          const base: NotificationPage = prev ?? { items: [], page: 1, pageSize: PAGE_SIZE, total: 0, unread: 0 };
          if (base.items.some((i) => i.id === pushed.id)) return base;
          const item: NotificationItem = { ...pushed, data: {}, read: false };
          return { ...base, items: [item, ...base.items].slice(0, PAGE_SIZE), total: base.total + 1, unread: base.unread + 1 };
        });
      }),
    [onNotification, setData, page, t, lang],
  );

  const markRead = async (n: NotificationItem) => {
    setError(null);
    try {
      await notificationsApi.read(n.id);
      setData((prev) => {
        const base = prev as NotificationPage;
        return { ...base, items: base.items.map((i) => (i.id === n.id ? { ...i, read: true } : i)), unread: Math.max(0, base.unread - 1) };
      });
    } catch (err) {
      setError(toApiError(err));
    }
  };

  const markAll = async () => {
    if (!list.data?.unread) return;
    setError(null);
    try {
      await notificationsApi.readAll();
      setData((prev) => {
        const base = prev as NotificationPage;
        return { ...base, items: base.items.map((i) => ({ ...i, read: true })), unread: 0 };
      });
      setStatus(t("notifications.allRead"));
    } catch (err) {
      setError(toApiError(err));
    }
  };

  const data = list.data;
  return (
    <section className="notifications-page">
      <PageTitle
        actions={
          data && data.items.length > 0 ? (
            <button type="button" className="btn" aria-disabled={data.unread === 0} onClick={() => void markAll()}>
              {t("notifications.markAllRead")}
            </button>
          ) : undefined
        }
      >
        {t("notifications.title")}
      </PageTitle>
      {data && data.unread > 0 && <p className="muted">{t("notifications.unreadCount", { count: number(data.unread) })}</p>}
      {status && <StatusMessage>{status}</StatusMessage>}
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      {error && <ErrorNotice error={error} />}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.loading && !data && <Loading />}
      {data && data.items.length === 0 && <Empty>{t("notifications.none")}</Empty>}
      {data && data.items.length > 0 && (
        <ul className="rows notification-list" aria-busy={list.loading}>
          {data.items.map((n) => (
            <NotificationRow key={n.id} n={n} onRead={markRead} />
          ))}
        </ul>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => navigate(withQuery("/notifications", { page: p > 1 ? p : undefined }))} />}
    </section>
  );
}
