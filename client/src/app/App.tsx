import { lazy, Suspense, useEffect, type ComponentType } from "react";
import { useI18n } from "../i18n";
import { Loading } from "../components/ui";
import { useAuth } from "./auth";
import { Header } from "./Header";
import { navigate, useLocation } from "./router";
import { resolvePage, type PageName } from "./paths";
import { HomePage } from "../pages/home/HomePage";
import { LoginPage } from "../pages/auth/LoginPage";
import { RegisterPage } from "../pages/auth/RegisterPage";
import { ForgotPasswordPage, ResetPasswordPage } from "../pages/auth/ResetPages";
import { SearchPage } from "../pages/search/SearchPage";
import { OrgPage } from "../pages/orgs/OrgPage";
import { MyOrgsPage } from "../pages/orgs/MyOrgsPage";
import { ApplyPage } from "../pages/orgs/ApplyPage";
import { ManageOrgPage } from "../pages/orgs/ManageOrgPage";
import { OfferPage } from "../pages/offers/OfferPage";
import { OfferEditPage } from "../pages/offers/OfferEditPage";
import { RequestsPage } from "../pages/requests/RequestsPage";
import { RequestNewPage } from "../pages/requests/RequestNewPage";
import { RequestPage } from "../pages/requests/RequestPage";
import { IntroductionsPage } from "../pages/introductions/IntroductionsPage";
import { IntroductionPage } from "../pages/introductions/IntroductionPage";
import { NotificationsPage } from "../pages/notifications/NotificationsPage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { SavedSearchesPage } from "../pages/search/SavedSearchesPage";
import { SettingsPage } from "../pages/settings/SettingsPage";
import { EventsPage } from "../pages/events/EventsPage";
import { EventPage } from "../pages/events/EventPage";
import { AgendaPage } from "../pages/events/AgendaPage";
import { StaffEventsPage } from "../pages/events/StaffEventsPage";
import { StaffEventPage } from "../pages/events/StaffEventPage";
import { ConfirmEmailBanner, ConfirmEmailPage } from "../pages/account/ConfirmEmail";
import { InvitationsPage } from "../pages/account/InvitationsPage";

// The staff console (charts, boards, import) is loaded only by those who open it.
const StaffConsole = lazy(() => import("../pages/staff/StaffConsole").then((m) => ({ default: m.StaffConsole })));

type Params = Record<string, string>;
interface Route {
  page: ComponentType<{ params: Params }>;
  access?: "member" | "staff";
}

/** Each route pattern of paths.ts with its page and who may open it. */
const ROUTES: Record<PageName, Route> = {
  home: { page: HomePage },
  login: { page: LoginPage },
  register: { page: RegisterPage },
  forgotPassword: { page: ForgotPasswordPage },
  resetPassword: { page: ResetPasswordPage },
  confirmEmail: { page: ConfirmEmailPage },
  invitations: { page: InvitationsPage, access: "member" },
  search: { page: SearchPage },
  savedSearches: { page: SavedSearchesPage, access: "member" },
  settings: { page: SettingsPage, access: "member" },
  apply: { page: ApplyPage, access: "member" },
  org: { page: OrgPage },
  myOrgs: { page: MyOrgsPage, access: "member" },
  manageOrg: { page: ManageOrgPage, access: "member" },
  newOffer: { page: OfferEditPage, access: "member" },
  offer: { page: OfferPage },
  editOffer: { page: OfferEditPage, access: "member" },
  requests: { page: RequestsPage, access: "member" },
  newRequest: { page: RequestNewPage, access: "member" },
  request: { page: RequestPage },
  introductions: { page: IntroductionsPage, access: "member" },
  introduction: { page: IntroductionPage, access: "member" },
  introductionChat: { page: IntroductionPage, access: "member" },
  notifications: { page: NotificationsPage, access: "member" },
  events: { page: EventsPage, access: "member" },
  event: { page: EventPage, access: "member" },
  eventAgenda: { page: AgendaPage, access: "member" },
  staffEvents: { page: StaffEventsPage, access: "staff" },
  staffEvent: { page: StaffEventPage, access: "staff" },
  staff: { page: StaffConsole, access: "staff" },
  staffSection: { page: StaffConsole, access: "staff" },
};

function resolve(path: string): { route: Route; params: Params } | null {
  const found = resolvePage(path);
  if (!found) return null;
  const params = found.name === "introductionChat" ? { ...found.params, view: "chat" } : found.params;
  return { route: ROUTES[found.name], params };
}

function Guarded({ route, params }: { route: Route; params: Params }) {
  const { user, isStaff } = useAuth();
  const { href } = useLocation();
  const { t } = useI18n();
  const needsLogin = route.access && !user;
  useEffect(() => {
    if (needsLogin) navigate(`/login?next=${encodeURIComponent(href)}`, { replace: true });
  }, [needsLogin, href]);
  if (needsLogin) return <Loading />;
  if (route.access === "staff" && !isStaff) {
    return (
      <p className="alert alert-error" role="alert">
        {t("error.staffOnly")}
      </p>
    );
  }
  const Page = route.page;
  return <Page params={params} />;
}

export function App() {
  const { ready } = useAuth();
  const { path, href } = useLocation();
  const { t } = useI18n();
  const found = resolve(path);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <Header />
      <main id="main" className="container" tabIndex={-1}>
        {ready && <ConfirmEmailBanner />}
        {!ready ? (
          <Loading />
        ) : (
          <Suspense fallback={<Loading />}>
            {found ? <Guarded key={href.split("?")[0]} route={found.route} params={found.params} /> : <NotFoundPage />}
          </Suspense>
        )}
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}
