import type { Messages } from "./en";
import { core } from "./messages/core.zh";
import { work } from "./messages/work.zh";
import { media } from "./messages/media.zh";

/** Chinese interface text: the type makes a missing translation a compile error. */
export const zh: Messages = { ...core, ...work, ...media };
