import type { Messages, PluralForms } from "./en";
import { core } from "./messages/core.zh";
import { work } from "./messages/work.zh";
import { paths } from "./messages/paths.zh";
import { events } from "./messages/events.zh";
import { trust } from "./messages/trust.zh";
import { media } from "./messages/media.zh";
import { notify } from "./messages/notify.zh";

/** Chinese interface text: the type makes a missing translation a compile error. */
export const zh: Messages = { ...core, ...work, ...paths, ...events, ...trust, ...media, ...notify };
/** Chinese has one form for every count. */
export const zhPlurals: PluralForms = {};
