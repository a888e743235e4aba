import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { termLabel, textIn, type Lang, type TermIdOf, type VocabularyName } from "@parklink/shared";
import type { FieldIssue } from "@parklink/shared";
import { en, enPlurals, type MessageKey, type Messages, type PluralForms } from "./en";
import { zh, zhPlurals } from "./zh";

export type { MessageKey };
const DICTIONARIES: Record<Lang, Messages> = { en, zh };
const PLURALS: Record<Lang, PluralForms> = { en: enPlurals, zh: zhPlurals };
const LANG_KEY = "parklink.lang";

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The interface text of a key, with `{name}` placeholders filled in; a `count` picks the plural form. */
  t(key: MessageKey, vars?: Vars): string;
  /** A field problem from the API (or the form's own check) in the user's words. */
  issue(issue: Pick<FieldIssue, "code" | "params">): string;
  /** Content in the chosen language where it exists, else in the other one (never blank when either exists). */
  pick(text: { en: string; local?: string } | undefined): string;
  /** A taxonomy label (industries, countries, …) in the chosen language. */
  term(vocab: VocabularyName, id: string): string;
  date(iso: string | undefined): string;
  dateTime(iso: string | undefined): string;
  number(n: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const stored = localStorage.getItem(LANG_KEY);
  if (stored === "en" || stored === "zh") return stored;
  return navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Fills `{name}` placeholders; a value ending in "." before a "." in the text ("Co., Ltd.") keeps one. */
export function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}(\.?)/g, (m, name: string, dot: string) => {
    if (!(name in vars)) return m;
    const value = String(vars[name]);
    return dot && value.endsWith(".") ? value : value + dot;
  });
}

/** A text in a given language, whatever the interface shows (messages sent to members in both). */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(DICTIONARIES[lang][key] ?? key, vars);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const locale = lang === "zh" ? "zh-CN" : "en-GB";
    const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const numberFmt = new Intl.NumberFormat(locale);
    const pluralRules = new Intl.PluralRules(locale);
    const t = (key: MessageKey, vars?: Vars) => {
      const count = vars?.count;
      const form = typeof count === "number" ? PLURALS[lang][`${key}#${pluralRules.select(count)}`] : undefined;
      const shown = typeof count === "number" ? { ...vars, count: numberFmt.format(count) } : vars;
      return fill(form ?? DICTIONARIES[lang][key] ?? key, shown);
    };
    return {
      lang,
      setLang,
      t,
      issue: (i) => {
        const key = `issue.${i.code}` as MessageKey;
        return t(key in DICTIONARIES[lang] ? key : "issue.invalid", i.params);
      },
      pick: (text) => textIn(text, lang),
      term: (vocab, id) => termLabel(vocab, id as TermIdOf<typeof vocab>, lang),
      date: (iso) => (iso ? dateFmt.format(new Date(iso)) : ""),
      dateTime: (iso) => (iso ? dateTimeFmt.format(new Date(iso)) : ""),
      number: (n) => numberFmt.format(n),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
