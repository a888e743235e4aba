import mongoose from "mongoose";
import { z } from "zod";
import { idParams, okResponse, paging } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import { notFound } from "../../http/errors.js";
import type { Guard } from "../index.js";
import { notificationModel, type Notification } from "./model.js";
import { notificationPreferencesRoutes } from "./preferences.js";

export const notificationView = z.object({
  id: z.string(),
  type: z.string(),
  title: z.object({ en: z.string(), zh: z.string() }),
  link: z.string().optional(),
  data: z.record(z.string(), z.unknown()),
  read: z.boolean(),
  createdAt: z.string(),
});

export const presentNotification = (n: Notification) => ({
  id: String(n._id),
  type: n.type,
  title: n.title,
  ...(n.link ? { link: n.link } : {}),
  data: n.data ?? {},
  read: Boolean(n.readAt),
  createdAt: n.createdAt.toISOString(),
});

export function notificationsModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Notifications";
  const mine = (userId: string) => ({ userId: new mongoose.Types.ObjectId(userId) });
  notificationPreferencesRoutes(api, deps);
  api.route(
    { method: "get", path: "/notifications", tag, access: "member", summary: "My notifications, newest first", query: paging.extend({ unread: z.enum(["true", "false"]).optional() }), response: z.object({ items: z.array(notificationView), page: z.number(), pageSize: z.number(), total: z.number(), unread: z.number() }) },
    async ({ query }, req) => {
      const Notes = notificationModel(deps.db);
      const filter = { ...mine(req.auth!.userId), ...(query.unread === "true" ? { readAt: { $exists: false } } : {}) };
      const [items, total, unread] = await Promise.all([
        Notes.find(filter).sort({ createdAt: -1, _id: -1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean<Notification[]>(),
        Notes.countDocuments(filter),
        Notes.countDocuments({ ...mine(req.auth!.userId), readAt: { $exists: false } }),
      ]);
      return { items: items.map(presentNotification), page: query.page, pageSize: query.pageSize, total, unread };
    },
  );
  api.route(
    { method: "get", path: "/notifications/unread-count", tag, access: "member", summary: "How many notifications are unread", response: z.object({ unread: z.number() }) },
    async (_input, req) => ({ unread: await notificationModel(deps.db).countDocuments({ ...mine(req.auth!.userId), readAt: { $exists: false } }) }),
  );
  api.route(
    { method: "post", path: "/notifications/:id/read", tag, access: "member", summary: "Mark one notification read", params: idParams, response: okResponse },
    async ({ params }, req) => {
      const res = await notificationModel(deps.db).updateOne({ _id: new mongoose.Types.ObjectId(params.id), ...mine(req.auth!.userId) }, { $set: { readAt: new Date() } });
      if (res.matchedCount === 0) throw notFound("Notification");
      return { ok: true as const };
    },
  );
  api.route(
    { method: "post", path: "/notifications/read-all", tag, access: "member", summary: "Mark all my notifications read", response: okResponse },
    async (_input, req) => {
      await notificationModel(deps.db).updateMany({ ...mine(req.auth!.userId), readAt: { $exists: false } }, { $set: { readAt: new Date() } });
      return { ok: true as const };
    },
  );
  return api;
}
