import type { OrgView } from "../../api/types";
import { mediaApi } from "../../api/media";
import { useAsync } from "../../app/useAsync";
import { FileUpload, imagesChanged, OrgLogo } from "../../components/media";
import { useI18n } from "../../i18n";

const IMAGE_TYPES = "image/png,image/jpeg,image/webp";

/** The logo, photos and completeness of a profile, for its members (on the manage page). */
export function MediaPanel({ org }: { org: OrgView }) {
  const { t, pick } = useI18n();
  const media = useAsync(() => mediaApi.orgMedia(org.id), [org.id]);
  const completeness = useAsync(() => mediaApi.completeness(org.id), [org.id, org.updatedAt]);
  const changed = () => {
    imagesChanged();
    media.reload();
    completeness.reload();
  };
  const photos = media.data?.photos ?? [];
  const c = completeness.data;
  return (
    <div className="media-panel">
      {c && (
        <section className="completeness" aria-labelledby="completeness-title">
          <h2 id="completeness-title">{t("completeness.title", { percent: c.percent })}</h2>
          <progress max={100} value={c.percent} aria-labelledby="completeness-title" />
          {c.missing.length ? (
            <ul>
              {c.missing.map((item) => (
                <li key={item}>{t(`completeness.${item}`)}</li>
              ))}
            </ul>
          ) : (
            <p>{t("completeness.done")}</p>
          )}
          <p className="hint">{t("completeness.explain")}</p>
        </section>
      )}
      <section className="media-logo">
        <OrgLogo orgId={org.id} name={pick(org.name)} size={96} />
        <FileUpload label={t("media.logo")} accept={IMAGE_TYPES} hint={t("media.logoHint")} onUpload={(file) => mediaApi.uploadLogo(org.id, file).then(changed)} />
      </section>
      <section aria-label={t("media.photos")}>
        <ul className="photo-grid">
          {photos.map((p, i) => (
            <li key={p.id}>
              <img src={p.urls.small} alt={t("media.photoAlt", { n: i + 1, name: pick(org.name) })} width={240} height={160} loading="lazy" />
              <button type="button" className="btn btn-small btn-ghost" onClick={() => void mediaApi.deleteOrgMedia(org.id, p.id).then(changed)}>
                {t("media.delete")}
              </button>
            </li>
          ))}
        </ul>
        {photos.length < 8 && <FileUpload label={t("media.addPhoto")} accept={IMAGE_TYPES} hint={t("media.photosHint")} onUpload={(file) => mediaApi.uploadPhoto(org.id, file).then(changed)} />}
      </section>
    </div>
  );
}

/** The photos of a public profile. */
export function PhotoGallery({ org }: { org: OrgView }) {
  const { t, pick } = useI18n();
  const media = useAsync(() => mediaApi.orgMedia(org.id), [org.id]);
  const photos = media.data?.photos ?? [];
  if (!photos.length) return null;
  return (
    <section aria-label={t("media.photos")}>
      <ul className="photo-grid">
        {photos.map((p, i) => (
          <li key={p.id}>
            <a href={p.urls.large}>
              <img src={p.urls.small} alt={t("media.photoAlt", { n: i + 1, name: pick(org.name) })} width={240} height={160} loading="lazy" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
