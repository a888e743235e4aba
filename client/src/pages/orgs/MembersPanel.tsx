import { useState } from "react";
import { orgsApi } from "../../api/endpoints";
import type { OrgView } from "../../api/types";
import { useAuth } from "../../app/auth";
import type { ApiError } from "../../api/http";
import { toApiError, useApi } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
import { SelectField, TextField } from "../../components/fields";
import { ErrorNotice, Loading, StatusMessage, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";

/** The people who act for an organization; owners invite colleagues by e-mail, who join once they accept. */
export function MembersPanel({ org }: { org: OrgView }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { user, isStaff } = useAuth();
  const members = useApi(["orgs", "members", org.id], () => orgsApi.members(org.id));
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"owner" | "editor">("editor");
  const [added, setAdded] = useState("");
  const form = useForm(
    () => orgsApi.addMember(org.id, { email, role }),
    () => {
      setAdded(email);
      setEmail("");
    },
  );
  const canManage = isStaff || org.myRole === "owner";
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const remove = async (userId: string) => {
    setRemoveError(null);
    try {
      await orgsApi.removeMember(org.id, userId);
      members.reload();
    } catch (err) {
      setRemoveError(toApiError(err));
    }
  };

  return (
    <div>
      <h2>{t("manage.members")}</h2>
      {members.error && <ErrorNotice error={members.error} onRetry={members.reload} />}
      {removeError && <ErrorNotice error={removeError} />}
      {members.loading && !members.data && <Loading />}
      {members.data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("manage.members")}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("auth.name")}</th>
                <th scope="col">{t("auth.email")}</th>
                <th scope="col">{t("members.role")}</th>
                {canManage && <th scope="col"><span className="sr-only">{t("common.actions")}</span></th>}
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <tr key={m.userId}>
                  <td>{m.name}</td>
                  <td>{m.email}</td>
                  <td>{label("role", m.role)}</td>
                  {canManage && (
                    <td>
                      {m.userId !== user?.id && (
                        <button type="button" className="btn btn-small btn-ghost" onClick={() => void remove(m.userId)}>
                          {t("members.remove", { name: m.name })}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <>
          <h3>{t("members.add")}</h3>
          <p className="hint">{t("members.addHint")}</p>
          {added && <StatusMessage>{t("members.added", { email: added })}</StatusMessage>}
          <Form form={form} className="form form-inline" label={t("members.add")}>
            <TextField name="email" type="email" label={t("auth.email")} required value={email} onChange={setEmail} />
            <SelectField
              name="role"
              label={t("members.role")}
              options={[
                { value: "editor", label: label("role", "editor") },
                { value: "owner", label: label("role", "owner") },
              ]}
              value={role}
              onChange={(v) => setRole(v as "owner" | "editor")}
            />
            <SubmitButton form={form}>{t("members.addButton")}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
