import type { Messages } from "./en";
import { core } from "./messages/core.zh";
import { work } from "./messages/work.zh";
import { trust } from "./messages/trust.zh";

/** Chinese interface text: the type makes a missing translation a compile error. */
export const zh: Messages = { ...core, ...work, ...trust };
