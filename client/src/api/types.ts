/** Types of the API, inferred from the shared zod schemas (type-only: no schema reaches the bundle). */
import type {
  addMemberBody,
  advanceBody,
  expressInterestBody,
  introductionStatus,
  matchFactor,
  matchPage,
  orgMember,
  orgSuggestionPage,
  outcomeBody,
  proposeIntroductionBody,
  respondBody,
  savedSearchView,
  suggestionPage,
  suggestionView,
  vettingDecision,
} from "@parklink/shared";

type Output<S> = S extends { _zod: { output: infer O } } ? O : never;
type Input<S> = S extends { _zod: { input: infer I } } ? I : never;

export type {
  AdminStats,
  AuthSession,
  CreateOfferBody,
  CreateOrgBody,
  CreateRequestBody,
  ImportReport,
  IntroductionView,
  MatchItem,
  OfferView,
  OrgKind,
  OrgView,
  RequestView,
  SearchHit,
  SearchResult,
  UpdateOfferBody,
  UpdateOrgBody,
  UpdateRequestBody,
  UserView,
  ChatMessage,
  PushedNotification,
} from "@parklink/shared";

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type MatchPage = Output<typeof matchPage>;
export type MatchFactor = Output<typeof matchFactor>;
export type OrgSuggestionPage = Output<typeof orgSuggestionPage>;
export type OrgMember = Output<typeof orgMember>;
export type AddMemberBody = Input<typeof addMemberBody>;
export type VettingDecision = Output<typeof vettingDecision>;
export type ExpressInterestBody = Output<typeof expressInterestBody>;
export type ProposeIntroductionBody = Output<typeof proposeIntroductionBody>;
export type RespondBody = Output<typeof respondBody>;
export type AdvanceBody = Output<typeof advanceBody>;
export type OutcomeBody = Output<typeof outcomeBody>;
export type IntroductionStatus = Output<typeof introductionStatus>;
export type Suggestion = Output<typeof suggestionView>;
export type SuggestionPage = Output<typeof suggestionPage>;
export type SavedSearch = Output<typeof savedSearchView>;

/** GET /api/notifications item (declared by the notifications module of the server). */
export interface NotificationItem {
  id: string;
  type: string;
  title: { en: string; zh: string };
  link?: string;
  data: Record<string, unknown>;
  read: boolean;
  createdAt: string;
}

export interface NotificationPage extends Page<NotificationItem> {
  unread: number;
}

/** A bilingual text as profiles carry it. */
export interface Bilingual {
  en: string;
  local?: string;
}
