// The shape of the independent evaluation set (its README, "Structure").
export interface EvalOffer {
  key: string;
  title_en?: string;
  title_zh?: string;
  summary_en?: string;
  summary_zh?: string;
  trl: number;
  ip: string;
  modes: string[];
  industries: string[];
  target_regions?: string[];
}

export interface EvalCase {
  key: string;
  by: string;
  type: string;
  lang: "en" | "zh";
  title: string;
  description?: string;
  regions?: string[];
  countries?: string[];
  industries?: string[];
  partner_kinds: string[];
  trl_min?: number;
  ticket_usd?: [number, number];
  expect?: string[];
  expect_graded?: Record<string, number>;
  must_rank_below_expected?: string[];
  must_not_appear?: string[];
  failure_modes?: string[];
  status?: "open" | "expired";
}

export interface EvalOrg {
  key: string;
  kind: "park" | "enterprise" | "investor" | "institution";
  name_en?: string;
  name_zh?: string;
  country: string;
  city: string;
  industries: string[];
  interests?: string[];
  interest_regions?: string[];
  target_regions?: string[];
  description_en?: string;
  description_zh?: string;
  stage?: string;
  founded?: number;
  management?: string;
  services?: string[];
  size?: string;
  seeks?: string[];
  home_park?: string;
  investor_type?: string;
  stages?: string[];
  ticket_usd?: [number, number];
  institution_type?: string;
  offers?: EvalOffer[];
  open_request?: EvalCase;
  existing_partners?: string[];
}

export interface EvalSet {
  name: string;
  version: string;
  orgs: EvalOrg[];
  requests: EvalCase[];
}
