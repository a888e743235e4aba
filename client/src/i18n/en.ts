import { core } from "./messages/core.en";
import { work } from "./messages/work.en";
import { trust } from "./messages/trust.en";

/** English interface text. Keys are grouped by area; every key has a Chinese twin (see zh.ts). */
export const en = { ...core, ...work, ...trust };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
