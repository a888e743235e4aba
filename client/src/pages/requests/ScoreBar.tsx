import { useI18n } from "../../i18n";

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** A 0–100 match score as a bar with its number; the bar itself is decoration, the text is read out. */
export function ScoreBar({ score, small }: { score: number; small?: boolean }) {
  const { t } = useI18n();
  const value = clamp(score);
  const tone = value >= 70 ? "high" : value >= 45 ? "mid" : "low";
  return (
    <div className={small ? "score score-small" : "score"}>
      <span className="score-track" aria-hidden="true">
        <span className={`score-fill score-${tone}`} style={{ width: `${value}%` }} />
      </span>
      <span className="score-value">
        <span aria-hidden="true">{value}</span>
        <span className="sr-only">{t("matches.scoreOf", { score: value })}</span>
      </span>
    </div>
  );
}
