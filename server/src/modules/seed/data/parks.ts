// Every real park named in shared/DOMAIN.md, from the CISIP reference documents.
import { ASIA_PARKS } from "./parks-asia.js";
import { CHINA_PARKS } from "./parks-china.js";
import { WEST_PARKS } from "./parks-west.js";
import type { SeedOrg } from "./types.js";

export const SEED_PARKS: SeedOrg<"park">[] = [...CHINA_PARKS, ...ASIA_PARKS, ...WEST_PARKS];
