/** Every API call the client makes, typed by the shared schemas. */
import {
  changePasswordBody,
  mailPreferencesBody,
  type MailPreferences,
  createSavedSearchBody,
  updateSavedSearchBody,
  type SavedSearchAlerts,
  type SavedSearchView,
  type SearchFilters,
  createOfferBody,
  createOrgBody,
  createRequestBody,
  expressInterestBody,
  outcomeBody,
  passwordResetConfirmBody,
  proposeIntroductionBody,
  registerBody,
  respondBody,
  staffNoteBody,
  updateMeBody,
  updateOfferBody,
  updateOrgBody,
  updateRequestBody,
  vettingDecision,
  type ExportEntity,
} from "@parklink/shared";
import { api, changingSession, checkBody, type Query } from "./http";
import type {
  AddMemberBody,
  AdminStats,
  AdvanceBody,
  AuthSession,
  CreateOfferBody,
  CreateOrgBody,
  CreateRequestBody,
  ExpressInterestBody,
  ImportReport,
  IntroductionView,
  MatchPage,
  NotificationPage,
  OfferView,
  OrgMember,
  OrgSuggestionPage,
  OrgView,
  OutcomeBody,
  Page,
  ProposeIntroductionBody,
  RequestView,
  RespondBody,
  SearchResult,
  SuggestionPage,
  UpdateOfferBody,
  UpdateOrgBody,
  UpdateRequestBody,
  UserView,
  VettingDecision,
} from "./types";

/** Bodies travel as JSON: dates as ISO strings. */
export type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | undefined ? string | undefined : T[K] };

export const authApi = {
  login: (email: string, password: string) => api<AuthSession>("POST", "/auth/login", { json: { email, password } }),
  register: (body: { email: string; password: string; name: string; phone?: string; locale?: "en" | "zh" }) =>
    api<{ ok: true }>("POST", "/auth/register", { json: checkBody(registerBody, body) }),
  logout: (refreshToken: string) => api<void>("POST", "/auth/logout", { json: { refreshToken } }),
  updateMe: (body: { locale?: "en" | "zh"; name?: string; phone?: string | null }) => api<UserView>("PATCH", "/auth/me", { json: checkBody(updateMeBody, body) }),
  endOtherSessions: () => changingSession(() => api<AuthSession>("POST", "/auth/sessions/end-others")),
  changePassword: (currentPassword: string, newPassword: string) =>
    changingSession(() => api<AuthSession>("POST", "/auth/change-password", { json: checkBody(changePasswordBody, { currentPassword, newPassword }) })),
  requestReset: (email: string) => api<{ ok: true }>("POST", "/auth/password-reset/request", { json: { email } }),
  confirmReset: (token: string, newPassword: string) =>
    api<void>("POST", "/auth/password-reset/confirm", { json: checkBody(passwordResetConfirmBody, { token, newPassword }) }),
};

export const orgsApi = {
  list: (query: Query) => api<Page<OrgView>>("GET", "/orgs", { query }),
  mine: () => api<Page<OrgView>>("GET", "/orgs", { query: { mine: "true", pageSize: 100 } }),
  get: (id: string) => api<OrgView>("GET", `/orgs/${id}`),
  create: (body: CreateOrgBody) => api<OrgView>("POST", "/orgs", { json: checkBody(createOrgBody, body) }),
  update: (id: string, body: UpdateOrgBody) => api<OrgView>("PATCH", `/orgs/${id}`, { json: checkBody(updateOrgBody, body) }),
  members: (id: string) => api<OrgMember[]>("GET", `/orgs/${id}/members`),
  /** Invites: the answer says nothing about the address. */
  addMember: (id: string, body: AddMemberBody) => api<{ ok: true }>("POST", `/orgs/${id}/members`, { json: body }),
  removeMember: (id: string, userId: string) => api<void>("DELETE", `/orgs/${id}/members/${userId}`),
  suggestions: (id: string) => api<OrgSuggestionPage>("GET", `/orgs/${id}/suggestions`, { query: { pageSize: 10 } }),
};

export const offersApi = {
  list: (query: Query) => api<Page<OfferView>>("GET", "/offers", { query }),
  get: (id: string) => api<OfferView>("GET", `/offers/${id}`),
  create: (body: Json<CreateOfferBody>) => api<OfferView>("POST", "/offers", { json: checkBody(createOfferBody, body) }),
  update: (id: string, body: Json<UpdateOfferBody>) => api<OfferView>("PATCH", `/offers/${id}`, { json: checkBody(updateOfferBody, body) }),
};

export const requestsApi = {
  list: (query: Query) => api<Page<RequestView>>("GET", "/requests", { query }),
  get: (id: string) => api<RequestView>("GET", `/requests/${id}`),
  create: (body: Json<CreateRequestBody>) => api<RequestView>("POST", "/requests", { json: checkBody(createRequestBody, body) }),
  update: (id: string, body: Json<UpdateRequestBody>) => api<RequestView>("PATCH", `/requests/${id}`, { json: checkBody(updateRequestBody, body) }),
  transition: (id: string, to: "open" | "matched" | "closed") =>
    api<RequestView>("POST", `/requests/${id}/transition`, { json: { to } }),
  matches: (id: string, page = 1) => api<MatchPage>("GET", `/requests/${id}/matches`, { query: { page, pageSize: 10 } }),
};

export const mailApi = {
  preferences: () => api<MailPreferences>("GET", "/mail/preferences"),
  setPreferences: (body: Partial<MailPreferences>) => api<MailPreferences>("PATCH", "/mail/preferences", { json: checkBody(mailPreferencesBody, body) }),
};

export const searchApi = {
  search: (query: Query, signal?: AbortSignal) => api<SearchResult>("GET", "/search", { query, signal }),
  saved: () => api<SavedSearchView[]>("GET", "/saved-searches"),
  save: (body: { name: string; q: string; filters: SearchFilters; alerts: SavedSearchAlerts }) =>
    api<SavedSearchView>("POST", "/saved-searches", { json: checkBody(createSavedSearchBody, body) }),
  updateSaved: (id: string, body: { name?: string; alerts?: SavedSearchAlerts }) =>
    api<SavedSearchView>("PATCH", `/saved-searches/${id}`, { json: checkBody(updateSavedSearchBody, body) }),
  deleteSaved: (id: string) => api<void>("DELETE", `/saved-searches/${id}`),
};

export const introductionsApi = {
  list: (query: Query) => api<Page<IntroductionView>>("GET", "/introductions", { query }),
  get: (id: string) => api<IntroductionView>("GET", `/introductions/${id}`),
  expressInterest: (body: ExpressInterestBody) => api<IntroductionView>("POST", "/introductions", { json: checkBody(expressInterestBody, body) }),
  respond: (id: string, body: RespondBody) => api<IntroductionView>("POST", `/introductions/${id}/respond`, { json: checkBody(respondBody, body) }),
  outcome: (id: string, body: OutcomeBody) => api<IntroductionView>("POST", `/introductions/${id}/outcome`, { json: checkBody(outcomeBody, body) }),
};

export const notificationsApi = {
  list: (page = 1) => api<NotificationPage>("GET", "/notifications", { query: { page, pageSize: 20 } }),
  unreadCount: () => api<{ unread: number }>("GET", "/notifications/unread-count"),
  read: (id: string) => api<{ ok: true }>("POST", `/notifications/${id}/read`),
  readAll: () => api<{ ok: true }>("POST", "/notifications/read-all"),
};

export const staffApi = {
  vetting: (page = 1) => api<Page<OrgView>>("GET", "/admin/vetting", { query: { page, pageSize: 20 } }),
  decide: (id: string, body: VettingDecision) => api<OrgView>("POST", `/admin/vetting/${id}`, { json: checkBody(vettingDecision, body) }),
  pipeline: () => api<Page<IntroductionView>>("GET", "/introductions", { query: { direction: "all", pageSize: 100 } }),
  advance: (id: string, body: AdvanceBody) => api<IntroductionView>("POST", `/admin/introductions/${id}/advance`, { json: body }),
  note: (id: string, text: string) => api<IntroductionView>("POST", `/admin/introductions/${id}/notes`, { json: checkBody(staffNoteBody, { text }) }),
  joinChat: (id: string) => api<IntroductionView>("POST", `/admin/introductions/${id}/join`),
  propose: (body: ProposeIntroductionBody) => api<IntroductionView>("POST", "/admin/introductions", { json: checkBody(proposeIntroductionBody, body) }),
  suggestions: (page = 1, filters: Query = {}) =>
    api<SuggestionPage>("GET", "/admin/suggestions", { query: { status: "new", page, pageSize: 20, ...filters } }),
  dismiss: (id: string) => api<void>("POST", `/admin/suggestions/${id}/dismiss`),
  stats: () => api<AdminStats>("GET", "/admin/stats"),
  exportData: (entity: ExportEntity, format: "csv" | "json") =>
    api<string>("GET", `/admin/export/${entity}`, { query: { format }, asText: true }),
  importTemplate: () => api<string>("GET", "/admin/import/orgs/template", { asText: true }),
  importOrgs: (csv: string, dryRun: boolean) =>
    api<ImportReport>("POST", "/admin/import/orgs", { query: { dryRun: String(dryRun) }, text: { body: csv, type: "text/csv" } }),
};
