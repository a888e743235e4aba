/**
 * Every path the server puts in a notification, an e-mail or an export, one builder
 * each: the client routes each of them (a test checks every sample below against the
 * client's route table), so no link a member is sent ends on "Page not found".
 */
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

export const links = {
  org: (id: string) => `/orgs/${id}`,
  offer: (id: string) => `/offers/${id}`,
  request: (id: string) => `/requests/${id}`,
  introduction: (id: string) => `/introductions/${id}`,
  introductionChat: (id: string) => `/introductions/${id}/chat`,
  login: () => "/login",
  forgotPassword: () => "/forgot-password",
  resetPassword: (token: string) => `/reset-password?${q({ token })}`,
  confirmEmail: (token: string) => `/confirm-email?${q({ token })}`,
  invitations: (token?: string) => (token ? `/invitations?${q({ token })}` : "/invitations"),
  /** The search page with a query and filters (the names the search page reads from its URL). */
  search: (text: string, filters: Record<string, string | number | readonly string[] | undefined>) => {
    const params: Record<string, string> = {};
    if (text) params.q = text;
    for (const [key, value] of Object.entries(filters)) {
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      params[key] = Array.isArray(value) ? value.join(",") : String(value);
    }
    const query = q(params);
    return query ? `/search?${query}` : "/search";
  },
  savedSearches: () => "/my/searches",
  notifications: () => "/notifications",
  event: (id: string) => `/events/${id}`,
  eventAgenda: (id: string) => `/events/${id}/agenda`,
  settings: () => "/settings",
  staffSection: (section: "dashboard" | "vetting" | "pipeline" | "suggestions" | "import" | "export") => `/staff/${section}`,
} as const;

export type LinkName = keyof typeof links;

const SAMPLE_ID = "64b7f0c2a1b2c3d4e5f60718";

/** One link of each kind, as the server would build it. */
export const LINK_SAMPLES: Record<LinkName, string> = {
  org: links.org(SAMPLE_ID),
  offer: links.offer(SAMPLE_ID),
  request: links.request(SAMPLE_ID),
  introduction: links.introduction(SAMPLE_ID),
  introductionChat: links.introductionChat(SAMPLE_ID),
  login: links.login(),
  forgotPassword: links.forgotPassword(),
  resetPassword: links.resetPassword("a1b2c3"),
  confirmEmail: links.confirmEmail("a1b2c3"),
  invitations: links.invitations("a1b2c3"),
  search: links.search("solar", { kind: ["offer"], trlMin: 4 }),
  savedSearches: links.savedSearches(),
  notifications: links.notifications(),
  event: links.event(SAMPLE_ID),
  eventAgenda: links.eventAgenda(SAMPLE_ID),
  settings: links.settings(),
  staffSection: links.staffSection("pipeline"),
};

/** An absolute link for e-mails: the public URL (or the server's own) before the path. */
export const absoluteLink = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;
