import { useI18n } from "../i18n";

/**
 * Written content (a title, a description, a summary) in the reader's language where it
 * exists; otherwise the other language as written, with a hint that the reader's is missing.
 */
export function ContentText({ text, className }: { text: { en: string; local?: string } | undefined; className?: string }) {
  const { lang, pick, t } = useI18n();
  if (!text || !(text.en || text.local)) return null;
  const missing = lang === "zh" ? !text.local : !text.en;
  return (
    <p className={className} lang={missing ? (lang === "zh" ? "en" : "zh") : lang}>
      {missing && <span className="hint content-missing">{t("content.onlyOther")} </span>}
      {pick(text)}
    </p>
  );
}
