import { core } from "./messages/core.en";
import { work } from "./messages/work.en";
import { paths, plurals } from "./messages/paths.en";
import { events } from "./messages/events.en";
import { trust } from "./messages/trust.en";
import { media } from "./messages/media.en";
import { notify } from "./messages/notify.en";

/** English interface text. Keys are grouped by area; every key has a Chinese twin (see zh.ts). */
export const en = { ...core, ...work, ...paths, ...events, ...trust, ...media, ...notify };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
/** Plural forms by Intl.PluralRules category ("key#one"); a language may have none (Chinese). */
export type PluralForms = Partial<Record<`${MessageKey}#${Intl.LDMLPluralRule}`, string>>;
export const enPlurals: PluralForms = plurals;
