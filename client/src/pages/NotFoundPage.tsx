import { Link } from "../app/router";
import { PageTitle } from "../components/ui";
import { useI18n } from "../i18n";

/** Any address no route knows. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="not-found narrow">
      <PageTitle>{t("notFound.title")}</PageTitle>
      <p className="lead">{t("notFound.text")}</p>
      <p className="button-row">
        <Link to="/" className="btn btn-primary">
          {t("notFound.home")}
        </Link>
        <Link to="/search" className="btn">
          {t("notFound.search")}
        </Link>
      </p>
    </section>
  );
}
