import { useEffect, useRef, type ReactNode } from "react";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@parklink/shared";
import type { ApiError } from "../api/http";
import { useI18n, type MessageKey } from "../i18n";
import { consumeFocusRequest } from "../app/router";
import { messageOf } from "./form";

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t("common.loading")}
    </p>
  );
}

export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="alert alert-error" role="alert">
      <p>{messageOf(error, i18n)}</p>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}

/** Announces a short result of an action ("Saved", "Invitation sent") politely. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p className="alert alert-ok" role="status" aria-live="polite">
      {children}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export type Tone = "ok" | "warn" | "bad" | "info" | "muted";

export function Pill({ tone = "info", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`pill pill-${tone}`}>{children}</span>;
}

export function Chips({ items, label }: { items: string[]; label?: string }) {
  if (!items.length) return null;
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Text with matches marked by HIGHLIGHT_START … HIGHLIGHT_END, rendered as <mark> elements (never as HTML). */
export function Highlight({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let rest = text;
  for (let i = 0; rest.length; i++) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      parts.push(rest);
      break;
    }
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    if (start > 0) parts.push(rest.slice(0, start));
    const marked = rest.slice(start + 1, end === -1 ? undefined : end);
    parts.push(<mark key={i}>{marked}</mark>);
    rest = end === -1 ? "" : rest.slice(end + 1);
  }
  return <>{parts}</>;
}

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage(page: number): void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t("common.pagination")}>
      <button type="button" className="btn btn-small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("common.previous")}
      </button>
      <span aria-live="polite">{t("common.pageOf", { page, pages })}</span>
      <button type="button" className="btn btn-small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t("common.next")}
      </button>
    </nav>
  );
}

/** The page's heading: sets the document title and takes the focus after a navigation. */
export function PageTitle({ children, title, actions }: { children: ReactNode; title?: string; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === "string" ? children : "");
  useEffect(() => {
    if (text) document.title = `${text} · Parklink`;
  }, [text]);
  useEffect(() => {
    // After a navigation the new page's heading takes the focus, so screen readers announce it.
    if (consumeFocusRequest()) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page-title">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {actions && <div className="actions">{actions}</div>}
    </div>
  );
}

/** Labels of enums that are not taxonomy terms: statuses, reasons, factors. */
export function useEnumLabel() {
  const { t } = useI18n();
  return (group: "status" | "reqState" | "orgStatus" | "reason" | "outcome" | "factor" | "kind" | "role", id: string) => {
    const key = `${group}.${id}` as MessageKey;
    const text = t(key);
    return text === key ? id : text;
  };
}

export function Dl({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, v]) => v !== undefined && v !== null && v !== "" && v !== false);
  if (!shown.length) return null;
  return (
    <dl className="facts">
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
