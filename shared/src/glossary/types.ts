/** One technical concept of the bilingual domain glossary. */
export interface Concept {
  /** `<industry id>/<english form as a slug>`, stable. */
  readonly id: string;
  /** The taxonomy industry the concept belongs to. */
  readonly industry: string;
  /** English form, as written in running text. */
  readonly en: string;
  /** Chinese form. */
  readonly zh: string;
  /** Other English or Chinese forms (abbreviations, variants). */
  readonly synonyms: readonly string[];
}

/**
 * The data of one industry: a line per concept, `english | 中文 | synonym; synonym`.
 * Synonyms are optional; lines starting with `#` are comments.
 */
export type GlossaryData = Readonly<Record<string, string>>;
