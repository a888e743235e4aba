import { PROFILE_ITEMS, type ProfileCompleteness } from "@parklink/shared";
import type { Org } from "../orgs/model.js";

type Item = (typeof PROFILE_ITEMS)[number];

/**
 * How complete a profile is, for its own members: what helps others find and trust it.
 * Shown to the organization only; the matcher and search never read it (no ranking boost).
 */
export function profileCompleteness(org: Pick<Org, "description" | "industries" | "contacts">, hasLogo: boolean): ProfileCompleteness {
  const has: Record<Item, boolean> = {
    logo: hasLogo,
    description: Boolean(org.description?.en?.trim()),
    descriptionSecondLanguage: Boolean(org.description?.local?.trim()),
    industries: (org.industries ?? []).length > 0,
    contact: (org.contacts ?? []).some((c) => Boolean(c.email || c.phone)),
  };
  const done = PROFILE_ITEMS.filter((i) => has[i]);
  return { percent: Math.round((done.length / PROFILE_ITEMS.length) * 100), done, missing: PROFILE_ITEMS.filter((i) => !has[i]) };
}
