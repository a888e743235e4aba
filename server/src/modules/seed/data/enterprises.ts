// Fictional enterprises, most with a home park among SEED_PARKS (by key).
import { ASIA_ENTERPRISES } from "./enterprises-asia.js";
import { CHINA_ENTERPRISES } from "./enterprises-china.js";
import { WEST_ENTERPRISES } from "./enterprises-west.js";
import type { SeedEnterprise } from "./types.js";

export const SEED_ENTERPRISES: SeedEnterprise[] = [...CHINA_ENTERPRISES, ...ASIA_ENTERPRISES, ...WEST_ENTERPRISES];
