import { core } from "./messages/core.en";
import { work } from "./messages/work.en";
import { media } from "./messages/media.en";

/** English interface text. Keys are grouped by area; every key has a Chinese twin (see zh.ts). */
export const en = { ...core, ...work, ...media };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
