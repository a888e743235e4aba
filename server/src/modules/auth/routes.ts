import {
  authSession,
  changePasswordBody,
  changeRoleBody,
  confirmEmailBody,
  suspendBody,
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
import { sharedRedis } from "../../infra/redis.js";
import { limiterFor } from "../sessions/limits.js";
import { loginThrottle } from "../sessions/login-throttle.js";
import { revokeSessions } from "../sessions/state.js";
import { deleteAccount, setSuspended } from "./admin-accounts.js";
import { confirmEmail, resendConfirmation } from "./confirm.js";
import { clientIp, DEFAULT_AUTH_RATE_LIMIT, rateLimitByIp, type RateLimit } from "./rate-limit.js";
import {
  changePassword,
  endOtherSessions,
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

  const redis = sharedRedis(deps);
  const limiter = limiterFor(redis, "auth-ip", options.rateLimit ?? DEFAULT_AUTH_RATE_LIMIT);
  const throttle = loginThrottle(redis);
  const limited = ["/auth/register", "/auth/login", "/auth/change-password", "/auth/password-reset/request", "/auth/password-reset/confirm", "/auth/confirm-email", "/auth/confirm-email/resend"];
  for (const path of limited) api.router.post(path, rateLimitByIp(limiter, path));

  api.route(
    { method: "post", path: "/auth/register", tag, access: "public", status: 202, summary: "Create a member account and e-mail a confirmation link (the same answer when the e-mail already has an account: its owner is told by e-mail)", body: registerBody, response: okResponse },
    async ({ body }) => {
      await register(deps, body, now());
      return { ok: true as const };
    },
  );
  api.route(
    { method: "post", path: "/auth/login", tag, access: "public", summary: "Sign in with e-mail and password (repeated failures from one place are slowed down: 429 with Retry-After)", body: loginBody, response: authSession },
    async ({ body }, req) => session(await login(deps, body, clientIp(req), throttle, now())),
  );
  api.route(
    { method: "post", path: "/auth/confirm-email", tag, access: "public", status: 204, summary: "Confirm the e-mail address with the token of the link (single use)", body: confirmEmailBody },
    async ({ body }) => void (await confirmEmail(deps, body.token)),
  );
  api.route(
    { method: "post", path: "/auth/confirm-email/resend", tag, access: "member", status: 202, summary: "E-mail a new confirmation link to the signed-in user (if still unconfirmed)", response: okResponse },
    async (_input, req) => {
      await resendConfirmation(deps, callerId(req), now());
      return { ok: true as const };
    },
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
    { method: "post", path: "/auth/logout", tag, access: "public", status: 204, summary: "End the session of a refresh token; the user's access tokens and sockets end at once (other devices refresh)", body: logoutBody },
    async ({ body }) => {
      const userId = await revokeSessionOf(deps, body.refreshToken, now());
      if (userId) await revokeSessions(deps, userId, "logout");
    },
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
    { method: "post", path: "/auth/sessions/end-others", tag, access: "member", summary: "Sign out everywhere else: every other session ends at once (tokens and sockets); this one gets a new pair", response: authSession },
    async (_input, req) => session(await endOtherSessions(deps, callerId(req), now())),
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
  api.route(
    { method: "patch", path: "/auth/users/:id/suspension", tag, access: "admin", summary: "Suspend or reinstate an account (its sessions end at once)", params: idParams, body: suspendBody, response: userView },
    async ({ params, body }, req) => presentUser(await setSuspended(deps, callerId(req), params.id, body.suspended, now())),
  );
  api.route(
    { method: "delete", path: "/auth/users/:id", tag, access: "admin", status: 204, summary: "Delete an account with its memberships (its sessions end at once)", params: idParams },
    async ({ params }, req) => void (await deleteAccount(deps, callerId(req), params.id)),
  );
  return api;
}
