import type { SearchHit } from "../../api/types";
import { Link } from "../../app/router";
import { Highlight, Pill, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";
import { OrgLogo } from "../../components/media";

const PATH: Record<SearchHit["entity"], string> = { org: "/orgs", offer: "/offers", request: "/requests" };

/** One search result: kind, highlighted title and excerpt (Chinese when chosen and present), where, and what. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t, term, lang, pick } = useI18n();
  const label = useEnumLabel();
  const zh = lang === "zh";
  const title = zh && hit.highlight.titleLocal ? hit.highlight.titleLocal : hit.highlight.title;
  const snippet = zh && hit.highlight.snippetLocal ? hit.highlight.snippetLocal : hit.highlight.snippet;
  const titleId = `hit-${hit.id}`;
  const industries = hit.industries.slice(0, 4).map((id) => term("industry", id));
  return (
    <article className={`card result result-${hit.kind}`} aria-labelledby={titleId}>
      <div className="result-head">
        <OrgLogo orgId={hit.orgId} name={pick(hit.orgName)} size={32} />
        <span className={`kind-dot kind-${hit.kind}`} aria-hidden="true" />
        <Pill tone="muted">{label("kind", hit.kind)}</Pill>
        {hit.trl !== undefined && <span className="muted small">TRL {hit.trl}</span>}
      </div>
      <h3 id={titleId} className="result-title">
        <Link to={`${PATH[hit.entity]}/${hit.entityId}`}>
          <Highlight text={title} />
        </Link>
      </h3>
      {hit.entity !== "org" && (
        <p className="result-org">
          <Link to={`/orgs/${hit.orgId}`}>{pick(hit.orgName)}</Link>
        </p>
      )}
      {snippet && (
        <p className="result-snippet">
          <Highlight text={snippet} />
        </p>
      )}
      <p className="result-meta muted small">
        {term("country", hit.country)} · {term("region", hit.region)}
        {hit.cooperationTypes.length > 0 && <> · {hit.cooperationTypes.slice(0, 3).map((id) => term("cooperationType", id)).join(", ")}</>}
      </p>
      {industries.length > 0 && (
        <ul className="chips chips-small" aria-label={t("org.industries")}>
          {industries.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
