import { useState } from "react";
import { introductionsApi } from "../../api/endpoints";
import type { IntroductionView } from "../../api/types";
import { useRealtime } from "../../app/realtime";
import { Link, navigate, useLocation, withQuery } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, PageTitle, Pager, StatusMessage, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";
import { awaitsMyAnswer, IntroStatusPill, isIntroduced, mySideOf, usePairName } from "./parts";
import { RespondForm } from "./RespondForm";

type Direction = "all" | "incoming" | "outgoing";
const PAGE_SIZE = 20;

function IntroRow({ intro, onChange }: { intro: IntroductionView; onChange(updated: IntroductionView): void }) {
  const { t, date } = useI18n();
  const label = useEnumLabel();
  const { unreadChats } = useRealtime();
  const pairName = usePairName();
  const [answering, setAnswering] = useState(false);
  const partner = pairName(intro);
  const unread = unreadChats[intro.id] ?? 0;
  const mine = mySideOf(intro);
  const declinedBy = intro.from.declinedAt ? intro.from : intro.to.declinedAt ? intro.to : undefined;
  return (
    <li className="row intro-row">
      <div className="row-main">
        <Link to={`/introductions/${intro.id}`}>{partner}</Link>
        {unread > 0 && (
          <span className="badge" aria-label={t("chat.unreadCount", { count: unread })}>
            {unread}
          </span>
        )}
        <p className="muted">
          {intro.origin === "broker" ? t("intro.byBroker") : intro.mySide === "from" ? t("intro.youAsked") : t("intro.theyAsked")} · {date(intro.createdAt)}
          {declinedBy?.declineReason && <> · {label("reason", declinedBy.declineReason)}</>}
        </p>
        {intro.message && <p className="intro-excerpt">{intro.message}</p>}
        {awaitsMyAnswer(intro) &&
          (answering ? (
            <RespondForm intro={intro} partner={partner} onAnswered={onChange} />
          ) : (
            <button type="button" className="btn btn-primary btn-small" onClick={() => setAnswering(true)} aria-label={t("intro.answerFor", { name: partner })}>
              {t("intro.answer")}
            </button>
          ))}
        {mine?.acceptedAt && !isIntroduced(intro) && ["proposed", "accepted"].includes(intro.status) && (
          <p className="hint">{t("intro.waitingForThem", { name: partner })}</p>
        )}
      </div>
      <div className="row-side">
        <IntroStatusPill status={intro.status} />
        {isIntroduced(intro) && (
          <Link to={`/introductions/${intro.id}#chat`} className="btn btn-small">
            {t("intro.openChat")}
          </Link>
        )}
      </div>
    </li>
  );
}

/** The introductions of my organizations: those asked of us (to answer) and those we asked for. */
export function IntroductionsPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  // Every introduction by default, so an unread chat is never on a tab one does not see.
  const dir = query.get("dir");
  const direction: Direction = dir === "outgoing" || dir === "incoming" ? dir : "all";
  const page = Math.max(1, Number(query.get("page")) || 1);
  const list = useApi(["introductions", "list", { direction, page }], () => introductionsApi.list({ direction, page, pageSize: PAGE_SIZE }));
  const [answered, setAnswered] = useState<string | null>(null);
  const go = (d: Direction, p = 1) => navigate(withQuery("/introductions", { dir: d === "all" ? undefined : d, page: p > 1 ? p : undefined }));

  const onChange = (updated: IntroductionView) => {
    list.setData((prev) => (prev ? { ...prev, items: prev.items.map((i) => (i.id === updated.id ? updated : i)) } : prev!));
    setAnswered(updated.status === "declined" ? t("intro.declinedDone") : updated.status === "introduced" ? t("intro.introducedDone") : t("intro.acceptedDone"));
  };

  const tabs: [Direction, string][] = [
    ["all", t("intro.all")],
    ["incoming", t("intro.incoming")],
    ["outgoing", t("intro.outgoing")],
  ];
  return (
    <section>
      <PageTitle>{t("intro.title")}</PageTitle>
      <p className="hint">{t("intro.explain")}</p>
      <nav className="tabs" aria-label={t("intro.directions")}>
        {tabs.map(([d, text]) => (
          <Link key={d} to={withQuery("/introductions", { dir: d === "all" ? undefined : d })} className="tab" aria-current={direction === d ? "page" : undefined}>
            {text}
          </Link>
        ))}
      </nav>
      {answered && <StatusMessage>{answered}</StatusMessage>}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.items.length === 0 && (
        <Empty>
          {direction === "incoming" ? t("intro.noneIncoming") : direction === "outgoing" ? t("intro.noneOutgoing") : t("intro.none")} <Link to="/search">{t("intro.findPartners")}</Link>
        </Empty>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <ul className="rows" aria-busy={list.loading}>
            {list.data.items.map((i) => (
              <IntroRow key={i.id} intro={i} onChange={onChange} />
            ))}
          </ul>
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(p) => go(direction, p)} />
        </>
      )}
    </section>
  );
}
