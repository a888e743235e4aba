// The seed data set: real parks and institutions, fictional companies and investors,
// offers, requests, and the real cooperation pairs used to evaluate the matcher.
export { SEED_PARKS } from "./parks.js";
export { SEED_ENTERPRISES } from "./enterprises.js";
export { SEED_INVESTORS } from "./investors.js";
export { SEED_INSTITUTIONS } from "./institutions.js";
export { SEED_OFFERS } from "./offers.js";
export { SEED_REQUESTS } from "./requests.js";
export { SEED_PAIRS } from "./pairs.js";
export { DEMO_ACCOUNTS } from "./demo-accounts.js";
export type { DemoAccount, SeedEnterprise, SeedOffer, SeedOrg, SeedPair, SeedRequest, SeedRequestBody } from "./types.js";
