export * from "./schemas/common.js";
export * from "./schemas/orgs.js";
export * from "./schemas/offers.js";
export * from "./taxonomy/index.js";
export * from "./schemas/requests.js";
export * from "./schemas/auth.js";
export * from "./schemas/search.js";
export * from "./realtime.js";
