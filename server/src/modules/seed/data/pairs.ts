// Real cooperations from the CISIP reference documents (shared/reference), as
// labelled request → partner pairs for evaluating the matcher.
import type { SeedPair } from "./types.js";

export const SEED_PAIRS: SeedPair[] = [
  {
    requestKey: "chengdu-sister-park-europe",
    partnerKey: "sophia-antipolis",
    why: "Chengdu High-tech Zone and Sophia Antipolis became sister parks in 2016, with representative offices in each other (reference 002, park-to-park cooperation).",
  },
  {
    requestKey: "sophia-china-partner-park",
    partnerKey: "chengdu-hi-tech-zone",
    why: "The same 2016 Chengdu–Sophia sister-park partnership, seen from the French side (reference 002).",
  },
  {
    requestKey: "qinzhou-dual-park-asean",
    partnerKey: "kuantan-industrial-park",
    why: "In 2013 Malaysia's Kuantan Industrial Park opened together with China's Qinzhou Industrial Park as \"Dual Parks\" (reference 002).",
  },
  {
    requestKey: "kuantan-dual-park-china",
    partnerKey: "qinzhou-industrial-park",
    why: "The same China–Malaysia dual parks, seen from the Malaysian side (reference 002).",
  },
  {
    requestKey: "tuspark-belt-road-science-park",
    partnerKey: "nust",
    why: "TusHoldings signed a partnership agreement with NUST, Pakistan, to build the first Belt and Road science park in Pakistan (reference 003, TusHoldings case).",
  },
  {
    requestKey: "nust-nstp-development-partner",
    partnerKey: "tuspark",
    why: "The TusHoldings–NUST partnership for a science park in Pakistan, seen from NUST's side (reference 003).",
  },
  {
    requestKey: "thailand-park-planning",
    partnerKey: "gei",
    why: "In July 2019 GEI studied four Thai science and technology parks and advised on reforming Thailand's STI system and parks (reference 000); Thailand asked for help with plans (reference 002).",
  },
  {
    requestKey: "cibinong-capacity-building",
    partnerKey: "gei",
    why: "Cibinong Science and Technology Park (LIPI) is listed among GEI's partner parks, and Indonesia is noted as lacking talent, technology and experience for science parks (reference 002).",
  },
  {
    requestKey: "stza-zone-development",
    partnerKey: "gei",
    why: "The chairman of Pakistan's Special Technology Zones Authority gave a keynote on the zones at the 2021 CISIP forum hosted by GEI (reference 001).",
  },
  {
    requestKey: "isfahan-joint-training",
    partnerKey: "btbu",
    why: "IRIS (Isfahan) presented Iran's parks and proposed joint training with ISTT at the 2021 BTBU-ECOSF training on STI policy (reference 002).",
  },
];
