/**
 * The client's route patterns, apart from the pages they show, so that a test can check
 * every link the server sends against them. App.tsx pairs each with its page.
 */
export const PAGE_PATHS = {
  home: "/",
  login: "/login",
  register: "/register",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
  confirmEmail: "/confirm-email",
  invitations: "/invitations",
  search: "/search",
  savedSearches: "/my/searches",
  settings: "/settings",
  apply: "/orgs/new",
  org: "/orgs/:id",
  myOrgs: "/my/orgs",
  manageOrg: "/my/orgs/:id",
  newOffer: "/offers/new",
  offer: "/offers/:id",
  editOffer: "/offers/:id/edit",
  requests: "/requests",
  newRequest: "/requests/new",
  request: "/requests/:id",
  introductions: "/introductions",
  introduction: "/introductions/:id",
  introductionChat: "/introductions/:id/chat",
  notifications: "/notifications",
  events: "/events",
  event: "/events/:id",
  eventAgenda: "/events/:id/agenda",
  staffEvents: "/staff/events",
  staffEvent: "/staff/events/:id",
  staff: "/staff",
  staffSection: "/staff/:section",
} as const;

export type PageName = keyof typeof PAGE_PATHS;

export const STAFF_SECTIONS = ["dashboard", "vetting", "pipeline", "suggestions", "import", "export"] as const;

/** Params of `pattern` ("/orgs/:id") in `path`, or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const have = path.split("/").filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(":")) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) return null;
  }
  return params;
}

/** The page a path shows, with its params; null for "Page not found". */
export function resolvePage(path: string): { name: PageName; params: Record<string, string> } | null {
  for (const [name, pattern] of Object.entries(PAGE_PATHS) as [PageName, string][]) {
    const params = matchPath(pattern, path);
    if (params) {
      if (name === "staffSection" && !(STAFF_SECTIONS as readonly string[]).includes(params.section)) return null;
      return { name, params };
    }
  }
  return null;
}
