// Demo log-ins created by the seeder (printed when it runs, so they may live in code).
import type { DemoAccount } from "./types.js";

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "park.manager@demo.parklink.example", password: "ParkDemo2024chengdu", name: "Li Wei (Chengdu Hi-tech Zone)", role: "member", orgKey: "chengdu-hi-tech-zone" },
  { email: "company.user@demo.parklink.example", password: "CompanyDemo2024sensing", name: "Zhang Min (Rongcheng MicroSensing)", role: "member", orgKey: "rongcheng-microsensing" },
  { email: "investor@demo.parklink.example", password: "InvestorDemo2024horizon", name: "Chen Yu (Haidian Horizon Ventures)", role: "member", orgKey: "haidian-horizon-ventures" },
  { email: "broker@demo.parklink.example", password: "BrokerDemo2024cisip", name: "Wang Fang (CISIP broker)", role: "staff" },
  { email: "admin@demo.parklink.example", password: "AdminDemo2024parklink", name: "Parklink Admin", role: "admin" },
];
