import { mediaApi } from "../api/media";
import { useAsync } from "../app/useAsync";
import { useI18n } from "../i18n";
import { FileUpload } from "./media";

/** PDF brochures of an offer or a request: listed for all who see it, attached by its organization. */
export function Brochures({ kind, id, editable }: { kind: "offers" | "requests"; id: string; editable: boolean }) {
  const { t } = useI18n();
  const list = useAsync(() => mediaApi.brochures(kind, id), [kind, id]);
  const items = list.data?.items ?? [];
  if (!editable && items.length === 0) return null;
  return (
    <section className="card" aria-labelledby={`brochures-${id}`}>
      <h2 className="small-heading" id={`brochures-${id}`}>
        {t("media.brochures")}
      </h2>
      {items.length ? (
        <ul>
          {items.map((b) => (
            <li key={b.id}>
              <a href={b.urls.original} download={b.name}>
                {b.name}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("media.noBrochures")}</p>
      )}
      {editable && <FileUpload label={t("media.addBrochure")} accept="application/pdf" hint={t("media.brochureHint")} onUpload={(file) => mediaApi.uploadBrochure(kind, id, file).then(list.reload)} />}
    </section>
  );
}
