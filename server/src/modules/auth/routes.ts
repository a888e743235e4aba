import {
  authSession,
  changePasswordBody,
  changeRoleBody,
  createUserBody,
  idParams,
  loginBody,
  logoutBody,
  okResponse,
  passwordResetConfirmBody,
  passwordResetRequestBody,
  refreshBody,
  registerBody,
  updateMeBody,
  userView,
  type AuthSession,
} from "@parklink/shared";
import type { Request } from "express";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import { unauthorized } from "../../http/errors.js";
import type { Guard } from "../index.js";
import { presentUser } from "./presenter.js";
import { DEFAULT_AUTH_RATE_LIMIT, rateLimitByIp, SlidingWindowLimiter, type RateLimit } from "./rate-limit.js";
import {
  changePassword,
  confirmPasswordReset,
  createUser,
  loadCurrentUser,
  login,
  register,
  requestPasswordReset,
  setRole,
  updateMe,
  type SignedIn,
} from "./service.js";
import { accessTokens, revokeSessionOf, rotateRefreshToken, revokeFamily, systemClock, type Clock } from "./tokens.js";

export interface AuthModuleOptions {
  /** Per-IP limit on sign-in, sign-up and password endpoints (default 20 a minute per route). */
  rateLimit?: RateLimit;
  now?: Clock;
}

const session = ({ user, tokens }: SignedIn): AuthSession => ({ user: presentUser(user), ...tokens });
const callerId = (req: Request) => {
  if (!req.auth) throw unauthorized();
  return req.auth.userId;
};

/** Accounts and sessions: `/api/auth/*`. */
export function authModule(deps: AppDeps, guard: Guard, options: AuthModuleOptions = {}): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Accounts and sessions";
  const now = options.now ?? systemClock;

  const limiter = new SlidingWindowLimiter(options.rateLimit ?? DEFAULT_AUTH_RATE_LIMIT, now);
  for (const path of ["/auth/register", "/auth/login", "/auth/change-password", "/auth/password-reset/request", "/auth/password-reset/confirm"]) {
    api.router.post(path, rateLimitByIp(limiter, path));
  }

  api.route(
    { method: "post", path: "/auth/register", tag, access: "public", status: 201, summary: "Create a member account and sign in", body: registerBody, response: authSession },
    async ({ body }) => session(await register(deps, body, now())),
  );
  api.route(
    { method: "post", path: "/auth/login", tag, access: "public", summary: "Sign in with e-mail and password (locks after repeated failures)", body: loginBody, response: authSession },
    async ({ body }) => session(await login(deps, body, now())),
  );
  api.route(
    { method: "post", path: "/auth/refresh", tag, access: "public", summary: "Exchange a refresh token for a new pair (rotating; reuse ends the session)", body: refreshBody, response: authSession },
    async ({ body }) => {
      const at = now();
      const rotated = await rotateRefreshToken(deps, body.refreshToken, at);
      const user = await loadCurrentUser(deps, String(rotated.userId)).catch(async (err) => {
        await revokeFamily(deps, rotated.familyId, at);
        throw err;
      });
      return { user: presentUser(user), ...accessTokens(deps, user, rotated.refreshToken) };
    },
  );
  api.route(
    { method: "post", path: "/auth/logout", tag, access: "public", status: 204, summary: "End the session of a refresh token", body: logoutBody },
    async ({ body }) => void (await revokeSessionOf(deps, body.refreshToken, now())),
  );
  api.route(
    { method: "get", path: "/auth/me", tag, access: "member", summary: "The signed-in user", response: userView },
    async (_input, req) => presentUser(await loadCurrentUser(deps, callerId(req))),
  );
  api.route(
    { method: "patch", path: "/auth/me", tag, access: "member", summary: "Change my name, phone or language", body: updateMeBody, response: userView },
    async ({ body }, req) => presentUser(await updateMe(deps, callerId(req), body)),
  );
  api.route(
    { method: "post", path: "/auth/change-password", tag, access: "member", summary: "Change my password (ends every other session)", body: changePasswordBody, response: authSession },
    async ({ body }, req) => session(await changePassword(deps, callerId(req), body, now())),
  );
  api.route(
    { method: "post", path: "/auth/password-reset/request", tag, access: "public", status: 202, summary: "E-mail a one-time password-reset link (same answer whether or not the account exists)", body: passwordResetRequestBody, response: okResponse },
    async ({ body }) => {
      await requestPasswordReset(deps, body.email, now());
      return { ok: true as const };
    },
  );
  api.route(
    { method: "post", path: "/auth/password-reset/confirm", tag, access: "public", status: 204, summary: "Set a new password with a reset token (single use; ends every session)", body: passwordResetConfirmBody },
    async ({ body }) => void (await confirmPasswordReset(deps, body, now())),
  );

  api.route(
    { method: "post", path: "/auth/users", tag, access: "admin", status: 201, summary: "Create an account with a role (staff, admin or member)", body: createUserBody, response: userView },
    async ({ body }) => presentUser(await createUser(deps, body)),
  );
  api.route(
    { method: "patch", path: "/auth/users/:id/role", tag, access: "admin", summary: "Change an account's role", params: idParams, body: changeRoleBody, response: userView },
    async ({ params, body }, req) => presentUser(await setRole(deps, callerId(req), params.id, body.role)),
  );
  return api;
}
