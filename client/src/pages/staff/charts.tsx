/** Charts in plain SVG: each is a figure with a text summary for screen readers and its figures as a table on request. */
import { useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../../i18n";

export interface Datum {
  key: string;
  label: string;
  value: number;
}

const VALUE_W = 56;
const ROW = 28;

/** The drawing's width follows its box, so text stays at its real size on every screen. */
function useWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(480);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(240, Math.round(e.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, W: width, LABEL_W: Math.min(200, Math.round(width * 0.36)) };
}

/** A label cut to what fits its column (about 7 px a character at 12 px). */
const fit = (label: string, width: number) => {
  const max = Math.floor((width - 12) / 7);
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
};

function DataTable({ data, caption, valueLabel }: { data: Datum[]; caption: string; valueLabel: string }) {
  const { t, number } = useI18n();
  return (
    <details className="chart-table">
      <summary>{t("dashboard.showTable")}</summary>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.category")}</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>{number(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Horizontal bars, largest first unless `keepOrder`. */
export function BarChart({ title, data, keepOrder, limit, valueLabel }: { title: string; data: Datum[]; keepOrder?: boolean; limit?: number; valueLabel?: string }) {
  const { t, number } = useI18n();
  const id = useId();
  const { ref, W, LABEL_W } = useWidth();
  const sorted = keepOrder ? data : [...data].sort((a, b) => b.value - a.value);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  const max = Math.max(1, ...shown.map((d) => d.value));
  const h = shown.length * ROW + 8;
  const summary = shown.map((d) => `${d.label}: ${number(d.value)}`).join("; ");
  return (
    <figure className="chart" ref={ref}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      {shown.length === 0 ? (
        <p className="muted">{t("dashboard.noData")}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${W} ${h}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
            <desc id={`${id}-d`}>{summary}</desc>
            {shown.map((d, i) => {
              const barW = ((W - LABEL_W - VALUE_W) * d.value) / max;
              const y = i * ROW + 4;
              return (
                <g key={d.key} className="svg-row">
                  <text x={LABEL_W - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="svg-label">
                    {fit(d.label, LABEL_W)}
                  </text>
                  <rect x={LABEL_W} y={y + 4} width={Math.max(barW, d.value ? 2 : 0)} height={ROW - 8} rx={3} className="svg-bar" />
                  <text x={LABEL_W + barW + 6} y={y + ROW / 2} dominantBaseline="middle" className="svg-value">
                    {number(d.value)}
                  </text>
                </g>
              );
            })}
          </svg>
          {limit && sorted.length > limit && <p className="hint">{t("dashboard.topOf", { shown: limit, total: sorted.length })}</p>}
          <DataTable data={sorted} caption={title} valueLabel={valueLabel ?? t("dashboard.count")} />
        </>
      )}
    </figure>
  );
}

/** The introduction funnel: centred bars per stage with the conversion rate between neighbours. */
export function FunnelChart({ title, stages, rates }: { title: string; stages: Datum[]; rates: (number | null)[] }) {
  const { t, number } = useI18n();
  const id = useId();
  const { ref, W, LABEL_W } = useWidth();
  const max = Math.max(1, ...stages.map((s) => s.value));
  const STEP = 52;
  const h = stages.length * STEP;
  const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);
  const summary = stages.map((s, i) => `${s.label}: ${number(s.value)}${i > 0 ? ` (${pct(rates[i - 1])})` : ""}`).join("; ");
  const mid = LABEL_W + (W - LABEL_W - 90) / 2;
  return (
    <figure className="chart chart-funnel" ref={ref}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <desc id={`${id}-d`}>{summary}</desc>
        {stages.map((s, i) => {
          const w = Math.max(((W - LABEL_W - 110) * s.value) / max, 4);
          const y = i * STEP;
          return (
            <g key={s.key}>
              <text x={LABEL_W - 8} y={y + 18} textAnchor="end" dominantBaseline="middle" className="svg-label">
                {fit(s.label, LABEL_W)}
              </text>
              <rect x={mid - w / 2} y={y + 4} width={w} height={28} rx={4} className={`svg-bar funnel-${i}`} />
              {/* The figure goes inside a bar wide enough to hold it, else just after it. */}
              <text x={w >= 32 ? mid : mid + w / 2 + 6} y={y + 18} textAnchor={w >= 32 ? "middle" : "start"} dominantBaseline="middle" className={w >= 32 ? "svg-value svg-value-in" : "svg-value"}>
                {number(s.value)}
              </text>
              {i > 0 && (
                <text x={W - 4} y={y + 18} textAnchor="end" dominantBaseline="middle" className="svg-rate">
                  {t("dashboard.conversion", { rate: pct(rates[i - 1]) })}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <DataTable data={stages} caption={title} valueLabel={t("dashboard.reached")} />
    </figure>
  );
}

/** One big figure with a caption. */
export function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="stat">
      <p className="stat-value">{value}</p>
      <p className="stat-label">{label}</p>
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}
