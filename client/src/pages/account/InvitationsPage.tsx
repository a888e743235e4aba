import { useState } from "react";
import type { InvitationView } from "@parklink/shared";
import { accountApi } from "../../api/account";
import type { ApiError } from "../../api/http";
import { useAuth } from "../../app/auth";
import { refreshSession } from "../../api/http";
import { Link, navigate, useLocation } from "../../app/router";
import { toApiError, useAsync } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, PageTitle, StatusMessage, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";

/** Invitations to join organizations, addressed to my (confirmed) e-mail: accept or decline. */
export function InvitationsPage() {
  const { t, pick } = useI18n();
  const label = useEnumLabel();
  const { user, reloadOrgs } = useAuth();
  const list = useAsync(() => accountApi.invitations(), []);
  const [status, setStatus] = useState<{ text: string; orgId?: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { query } = useLocation();
  const linkToken = query.get("token");

  const acceptLink = async (token: string) => {
    setError(null);
    try {
      const { orgId } = await accountApi.acceptLink(token);
      await refreshSession(); // the account may just have been confirmed
      await reloadOrgs();
      setStatus({ text: t("invitations.joinedByLink"), orgId });
      navigate("/invitations", { replace: true });
    } catch (err) {
      setError(toApiError(err));
    }
  };

  const answer = async (inv: InvitationView, accept: boolean) => {
    setError(null);
    try {
      const org = pick(inv.org.name);
      if (accept) {
        await accountApi.accept(inv.id);
        await reloadOrgs();
        setStatus({ text: t("invitations.accepted", { org }), orgId: inv.org.id });
      } else {
        await accountApi.decline(inv.id);
        setStatus({ text: t("invitations.declined") });
      }
      list.reload();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <section>
      <PageTitle>{t("invitations.title")}</PageTitle>
      {status && (
        <StatusMessage>
          {status.text} {status.orgId && <Link to={`/my/orgs/${status.orgId}`}>{t("nav.myOrgs")}</Link>}
        </StatusMessage>
      )}
      {error && <ErrorNotice error={error} />}
      {linkToken && (
        <div className="card">
          <p>{t("invitations.fromLink")}</p>
          <button type="button" className="btn btn-primary" onClick={() => void acceptLink(linkToken)}>
            {t("invitations.accept")}
          </button>
        </div>
      )}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {user && !user.emailConfirmed && !linkToken && <p className="muted">{t("invitations.confirmFirst")}</p>}
      {list.data && list.data.length === 0 && <Empty>{t("invitations.none")}</Empty>}
      {list.data && list.data.length > 0 && (
        <ul className="list">
          {list.data.map((inv) => (
            <li key={inv.id} className="row">
              <div className="row-main">{t("invitations.intro", { org: pick(inv.org.name), role: label("role", inv.role) })}</div>
              <div className="row-side">
                <button type="button" className="btn btn-small btn-primary" onClick={() => void answer(inv, true)}>
                  {t("invitations.accept")}
                </button>{" "}
                <button type="button" className="btn btn-small btn-ghost" onClick={() => void answer(inv, false)}>
                  {t("invitations.decline")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
