import mongoose from "mongoose";
import { mailPreferences, mailPreferencesBody, unsubscribeQuery } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import { notFound, validationFailed } from "../../http/errors.js";
import type { Guard } from "../index.js";
import { userModel, type User } from "../auth/model.js";
import { MAIL_PREFERENCES, type MailPreference } from "./kinds.js";
import { verifyUnsubscribeToken } from "./unsubscribe-token.js";
import { unsubscribePage } from "./unsubscribe-page.js";

const present = (optOut: MailPreference[] = []) =>
  Object.fromEntries(MAIL_PREFERENCES.map((p) => [p, !optOut.includes(p)])) as Record<MailPreference, boolean>;

/** Unsubscribe links of e-mails (no sign-in: the signed token is the proof) and a member's e-mail preferences. */
export function mailModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Mail";
  const tokenOr400 = (token: string) => {
    const parsed = verifyUnsubscribeToken(deps.jwtSecret, token);
    if (!parsed) throw validationFailed([{ field: "token", message: "is not a valid unsubscribe link" }]);
    return parsed;
  };
  api.route(
    { method: "get", path: "/mail/unsubscribe", tag, access: "public", summary: "The page an unsubscribe link opens (asks to confirm)", query: unsubscribeQuery },
    async ({ query }, _req, res) => {
      const { userId, preference } = tokenOr400(query.token);
      const user = await userModel(deps.db).findById(userId, { locale: 1 }).lean<Pick<User, "locale">>();
      if (!user) throw notFound("User");
      res.type("html").send(unsubscribePage(user.locale === "zh" ? "zh" : "en", preference, query.token, false));
    },
  );
  api.route(
    { method: "post", path: "/mail/unsubscribe", tag, access: "public", summary: "Switch one kind of e-mail off (also one-click from the mail client)", query: unsubscribeQuery },
    async ({ query }, req, res) => {
      const { userId, preference } = tokenOr400(query.token);
      const user = await userModel(deps.db)
        .findByIdAndUpdate(new mongoose.Types.ObjectId(userId), { $addToSet: { mailOptOut: preference } }, { new: true, projection: { locale: 1 } })
        .lean<Pick<User, "locale">>();
      if (!user) throw notFound("User");
      if (req.accepts(["json", "html"]) === "html") res.type("html").send(unsubscribePage(user.locale === "zh" ? "zh" : "en", preference, query.token, true));
      else res.json({ ok: true });
    },
  );
  api.route(
    { method: "get", path: "/mail/preferences", tag, access: "member", summary: "Which kinds of e-mail I receive", response: mailPreferences },
    async (_input, req) => {
      const user = await userModel(deps.db).findById(req.auth!.userId, { mailOptOut: 1 }).lean<Pick<User, "mailOptOut">>();
      if (!user) throw notFound("User");
      return present(user.mailOptOut);
    },
  );
  api.route(
    { method: "patch", path: "/mail/preferences", tag, access: "member", summary: "Switch kinds of e-mail on or off", body: mailPreferencesBody, response: mailPreferences },
    async ({ body }, req) => {
      const entries = Object.entries(body) as [MailPreference, boolean][];
      const off = entries.filter(([, on]) => !on).map(([k]) => k);
      const on = entries.filter(([, v]) => v).map(([k]) => k);
      const Users = userModel(deps.db);
      const id = new mongoose.Types.ObjectId(req.auth!.userId);
      if (off.length) await Users.updateOne({ _id: id }, { $addToSet: { mailOptOut: { $each: off } } });
      if (on.length) await Users.updateOne({ _id: id }, { $pull: { mailOptOut: { $in: on } } });
      const user = await Users.findById(id, { mailOptOut: 1 }).lean<Pick<User, "mailOptOut">>();
      if (!user) throw notFound("User");
      return present(user.mailOptOut);
    },
  );
  return api;
}
