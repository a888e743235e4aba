import { lazy, Suspense, useEffect, type ComponentType } from "react";
import { useI18n } from "../i18n";
import { Loading } from "../components/ui";
import { useAuth } from "./auth";
import { Header } from "./Header";
import { matchPath, navigate, useLocation } from "./router";
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
import { ConfirmEmailBanner, ConfirmEmailPage } from "../pages/account/ConfirmEmail";
import { InvitationsPage } from "../pages/account/InvitationsPage";

// The staff console (charts, boards, import) is loaded only by those who open it.
const StaffConsole = lazy(() => import("../pages/staff/StaffConsole").then((m) => ({ default: m.StaffConsole })));

type Params = Record<string, string>;
interface Route {
  path: string;
  page: ComponentType<{ params: Params }>;
  access?: "member" | "staff";
}

const ROUTES: Route[] = [
  { path: "/", page: HomePage },
  { path: "/login", page: LoginPage },
  { path: "/register", page: RegisterPage },
  { path: "/forgot-password", page: ForgotPasswordPage },
  { path: "/reset-password", page: ResetPasswordPage },
  { path: "/confirm-email", page: ConfirmEmailPage },
  { path: "/invitations", page: InvitationsPage, access: "member" },
  { path: "/search", page: SearchPage },
  { path: "/orgs/new", page: ApplyPage, access: "member" },
  { path: "/orgs/:id", page: OrgPage },
  { path: "/my/orgs", page: MyOrgsPage, access: "member" },
  { path: "/my/orgs/:id", page: ManageOrgPage, access: "member" },
  { path: "/offers/new", page: OfferEditPage, access: "member" },
  { path: "/offers/:id", page: OfferPage },
  { path: "/offers/:id/edit", page: OfferEditPage, access: "member" },
  { path: "/requests", page: RequestsPage, access: "member" },
  { path: "/requests/new", page: RequestNewPage, access: "member" },
  { path: "/requests/:id", page: RequestPage },
  { path: "/introductions", page: IntroductionsPage, access: "member" },
  { path: "/introductions/:id", page: IntroductionPage, access: "member" },
  { path: "/notifications", page: NotificationsPage, access: "member" },
  { path: "/staff", page: StaffConsole, access: "staff" },
  { path: "/staff/:section", page: StaffConsole, access: "staff" },
];

function resolve(path: string): { route: Route; params: Params } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
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
