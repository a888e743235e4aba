/**
 * Every form of the web client, with how to reach it, how to send it empty and how to
 * fill it wrongly. `test/e2e/forms.browser.test.ts` walks the list in both languages;
 * its coverage check fails when a client file renders a form that is neither listed here
 * nor named in NOT_VALIDATED with the reason it has nothing to check.
 */
import type { Locator, Page } from "playwright-core";
import { en } from "../../../client/src/i18n/en.js";
import { zh } from "../../../client/src/i18n/zh.js";
import type { FormFixtures } from "./fixtures.js";

export type Lang = "en" | "zh";
export type Who = "visitor" | "manager" | "investor" | "broker";
type Key = keyof typeof en;
/** The interface text of a key in a language (straight from the client's dictionaries). */
export const tr = (lang: Lang, key: Key) => (lang === "zh" ? zh : en)[key];

export interface FormCase {
  name: string;
  /** The client file that renders the form (client/src/…). */
  source: string;
  as: Who;
  path(f: FormFixtures): string;
  /** The id of a field of the form (`f-` + its API path): it finds the form on the page. */
  field: string;
  /** Reveals the form (a button that opens it). */
  open?(page: Page, lang: Lang): Promise<void>;
  /** Empties a form that opens filled in; false when an empty form is a valid one (a default applies). */
  empty?: ((form: Locator) => Promise<void>) | false;
  /** Fills values of the wrong type or out of range. */
  wrong(form: Locator): Promise<void>;
}

const LONG = (n: number) => "x".repeat(n + 1);
const fill = (form: Locator, values: Record<string, string>) =>
  Object.entries(values).reduce<Promise<void>>((p, [id, v]) => p.then(() => form.locator(`#${id}`).fill(v)), Promise.resolve());
const click = (page: Page, lang: Lang, key: Key) => page.locator("main").getByRole("button", { name: tr(lang, key), exact: true }).first().click();
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export const FORM_CASES: FormCase[] = [
  { name: "register", source: "pages/auth/RegisterPage.tsx", as: "visitor", path: () => "/register", field: "f-email", wrong: (f) => fill(f, { "f-name": LONG(120), "f-email": "not-an-email", "f-password": "short" }) },
  { name: "sign in", source: "pages/auth/LoginPage.tsx", as: "visitor", path: () => "/login", field: "f-password", wrong: (f) => fill(f, { "f-email": "not-an-email", "f-password": "x" }) },
  { name: "forgotten password", source: "pages/auth/ResetPages.tsx", as: "visitor", path: () => "/forgot-password", field: "f-email", wrong: (f) => fill(f, { "f-email": "nobody@" }) },
  { name: "new password", source: "pages/auth/ResetPages.tsx", as: "visitor", path: () => "/reset-password?token=abc", field: "f-newPassword", wrong: (f) => fill(f, { "f-newPassword": "short", "f-repeat": "other" }) },
  {
    name: "apply for membership",
    source: "pages/orgs/ApplyPage.tsx",
    as: "manager",
    path: () => "/orgs/new",
    field: "f-name-en",
    wrong: async (f) => {
      await f.locator("input[type=radio]").first().check();
      await fill(f, { "f-name-en": LONG(200), "f-website": "not a web address", "f-park-founded": "1200", "f-contacts-0-email": "nobody@" });
    },
  },
  {
    name: "edit the organization",
    source: "pages/orgs/ManageOrgPage.tsx",
    as: "manager",
    path: (x) => `/my/orgs/${x.chengduOrgId}`,
    field: "f-name-en",
    empty: (f) => fill(f, { "f-name-en": "", "f-name-local": "", "f-city": "" }),
    wrong: (f) => fill(f, { "f-name-en": LONG(200), "f-website": "ftp//nowhere", "f-park-founded": "3000" }),
  },
  { name: "invite a member", source: "pages/orgs/MembersPanel.tsx", as: "manager", path: (x) => `/my/orgs/${x.chengduOrgId}?tab=members`, field: "f-email", wrong: (f) => fill(f, { "f-email": "not-an-email" }) },
  { name: "new offer", source: "pages/offers/OfferEditPage.tsx", as: "manager", path: (x) => `/offers/new?orgId=${x.chengduOrgId}`, field: "f-summary-en", wrong: (f) => fill(f, { "f-title-en": LONG(200), "f-expiresAt": yesterday() }) },
  {
    name: "edit an offer",
    source: "pages/offers/OfferEditPage.tsx",
    as: "manager",
    path: (x) => `/offers/${x.chengduOfferId}/edit`,
    field: "f-summary-en",
    empty: (f) => fill(f, { "f-title-en": "", "f-title-local": "", "f-summary-en": "", "f-summary-local": "", "f-expiresAt": "" }),
    wrong: (f) => fill(f, { "f-summary-en": LONG(4000), "f-expiresAt": yesterday() }),
  },
  { name: "new request", source: "pages/requests/RequestForm.tsx", as: "manager", path: () => "/requests/new", field: "f-description-en", wrong: (f) => fill(f, { "f-title-en": LONG(200), "f-expiresAt": yesterday() }) },
  {
    name: "edit a request",
    source: "pages/requests/RequestForm.tsx",
    as: "manager",
    path: (x) => `/requests/${x.chengduRequestId}`,
    field: "f-description-en",
    open: (page, lang) => click(page, lang, "common.edit"),
    empty: (f) => fill(f, { "f-title-en": "", "f-title-local": "", "f-description-en": "", "f-description-local": "" }),
    wrong: async (f) => {
      await f.locator("details.more summary").click();
      await fill(f, { "f-ticketMinUsd": "-5", "f-ticketMaxUsd": "1e20", "f-expiresAt": yesterday() });
    },
  },
  {
    name: "renew a request",
    source: "pages/requests/RequestActions.tsx",
    as: "manager",
    path: (x) => `/requests/${x.chengduRequestId}`,
    field: "f-expiresAt",
    open: (page) => page.locator("main details.more:has(#f-expiresAt) summary").click(),
    empty: (f) => fill(f, { "f-expiresAt": "" }),
    wrong: (f) => fill(f, { "f-expiresAt": yesterday() }),
  },
  {
    name: "express interest",
    source: "pages/introductions/ExpressInterest.tsx",
    as: "manager",
    path: (x) => `/requests/${x.otherRequestId}`,
    field: "f-message",
    open: (page, lang) => page.locator("main button", { hasText: tr(lang, "interest.button") }).last().click(),
    empty: false,
    wrong: (f) => fill(f, { "f-message": LONG(2000) }),
  },
  {
    name: "decline an introduction with a reason",
    source: "pages/introductions/RespondForm.tsx",
    as: "manager",
    path: (x) => `/introductions/${x.waitingIntroId}`,
    field: "f-note",
    open: (page, lang) => click(page, lang, "intro.decline"),
    wrong: async (f) => {
      await f.locator("input[type=radio]").last().check();
      await fill(f, { "f-note": LONG(1000) });
    },
  },
  {
    name: "record an outcome",
    source: "pages/introductions/IntroDetails.tsx",
    as: "manager",
    path: (x) => `/introductions/${x.introducedIntroId}`,
    field: "f-kind",
    open: (page, lang) => click(page, lang, "intro.outcomeRecord"),
    wrong: async (f) => {
      await f.locator("#f-kind").selectOption({ index: 1 });
      await fill(f, { "f-note": LONG(2000) });
    },
  },
  {
    name: "save a search",
    source: "pages/search/SaveSearch.tsx",
    as: "manager",
    path: () => "/search?q=biomedicine",
    field: "f-name",
    open: (page, lang) => click(page, lang, "saved.save"),
    wrong: (f) => fill(f, { "f-name": LONG(120) }),
  },
  {
    name: "account details",
    source: "pages/settings/SettingsPage.tsx",
    as: "manager",
    path: () => "/settings",
    field: "f-phone",
    empty: (f) => fill(f, { "f-name": "" }),
    wrong: (f) => fill(f, { "f-name": LONG(120), "f-phone": "call me maybe" }),
  },
  { name: "change password", source: "pages/settings/SettingsPage.tsx", as: "manager", path: () => "/settings", field: "f-currentPassword", wrong: (f) => fill(f, { "f-currentPassword": "x", "f-newPassword": "onlyletters" }) },
  {
    name: "register for an event",
    source: "pages/events/EventPage.tsx",
    as: "manager",
    path: (x) => `/events/${x.eventId}`,
    field: "f-people-0-name",
    empty: (f) => fill(f, { "f-wantsMeetings": "" }),
    wrong: (f) => fill(f, { "f-people-0-name": LONG(120), "f-people-0-email": "nobody@", "f-wantsMeetings": "1000" }),
  },
  {
    name: "request a meeting at an event",
    source: "pages/events/Participants.tsx",
    as: "investor",
    path: (x) => `/events/${x.eventId}`,
    field: "f-slot",
    open: (page) => page.locator("main li.participant button.btn-small").first().click(),
    wrong: (f) => fill(f, { "f-message": LONG(2000) }),
  },
  {
    name: "new event",
    source: "pages/events/StaffEventsPage.tsx",
    as: "broker",
    path: () => "/staff/events",
    field: "f-timeZone",
    empty: (f) => fill(f, { "f-timeZone": "", "f-slotMinutes": "", "f-tables": "", "f-capacity": "" }),
    wrong: async (f) => {
      const past = `${yesterday()}T10:00`;
      await fill(f, { "f-title-en": "Forms check", "f-timeZone": "Mars/Olympus", "f-startsAt": past, "f-endsAt": `${yesterday()}T09:00`, "f-registrationClosesAt": past, "f-slotMinutes": "1", "f-capacity": "-3" });
    },
  },
  {
    name: "vetting decision",
    source: "pages/staff/VettingQueue.tsx",
    as: "broker",
    path: () => "/staff/vetting",
    field: "f-reason",
    empty: (f) => f.locator("input[type=radio]").last().check(),
    wrong: async (f) => {
      await f.locator("input[type=radio]").last().check();
      await fill(f, { "f-reason": LONG(1000) });
    },
  },
  {
    name: "broker's proposal",
    source: "pages/staff/SuggestionsPanel.tsx",
    as: "broker",
    path: () => "/staff/suggestions",
    field: "f-message",
    open: (page) => page.locator("main li.suggestion .row-side button.btn-primary").first().click(),
    empty: (f) => fill(f, { "f-message": "" }),
    wrong: (f) => fill(f, { "f-message": LONG(2000) }),
  },
];

/** Forms with nothing a user can get wrong, and why. */
export const NOT_VALIDATED: Record<string, string> = {
  "pages/home/HomePage.tsx": "a search box: any text is a search",
  "pages/search/SearchPage.tsx": "a search box and facet filters: any text is a search",
  "pages/account/ConfirmEmail.tsx": "one button; the token comes from the e-mailed link and a bad one is answered in words",
  "pages/introductions/Chat.tsx": "Send stays disabled until there is text, and the box stops at the longest message allowed",
  "pages/staff/PipelineCard.tsx": "note and outcome buttons stay disabled until filled; the note box stops at its longest allowed length",
  "pages/orgs/OrgForm.tsx": "the form of ApplyPage and ManageOrgPage, both listed",
};
