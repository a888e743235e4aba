import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { termLabel, textIn, type Lang, type TermIdOf, type VocabularyName } from "@parklink/shared";
import { en, type MessageKey, type Messages } from "./en";
import { zh } from "./zh";

export type { MessageKey };
const DICTIONARIES: Record<Lang, Messages> = { en, zh };
const LANG_KEY = "parklink.lang";

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The interface text of a key, with `{name}` placeholders filled in. */
  t(key: MessageKey, vars?: Vars): string;
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

export function fill(text: string, vars?: Vars): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
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
    return {
      lang,
      setLang,
      t: (key, vars) => fill(DICTIONARIES[lang][key] ?? key, vars),
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
