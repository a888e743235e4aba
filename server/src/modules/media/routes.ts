import mongoose from "mongoose";
import { z } from "zod";
import { idParams, mediaItemParams, mediaVariantParams, mediaView, okResponse, orgMediaView, profileCompleteness as completenessView } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import { forbidden, notFound } from "../../http/errors.js";
import type { Guard } from "../index.js";
import { viewerOf } from "../orgs/access.js";
import { isStaffOrMemberOf } from "../../policies/actor.js";
import { loadVisibleOrg } from "../orgs/service.js";
import { mediaModel, type Media } from "./model.js";
import { presentMedia } from "./presenter.js";
import { IMMUTABLE, sendStored } from "./serve.js";
import { deleteMedia, MAX_IMAGE_BYTES, readVariant, saveImage } from "./service.js";
import { readUpload } from "./upload.js";
import { fileRoutes } from "./file-routes.js";
import { profileCompleteness } from "./completeness.js";

const oid = (id: string) => new mongoose.Types.ObjectId(id);
const variantParams = z.object({ id: idParams.shape.id, variant: z.enum(["small", "large"]) }).strict();

/** Logos, photos and avatars (upload, list, serve, delete); brochures and chat files in file-routes.ts. */
export function mediaModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Media";
  const editableOrg = async (auth: Parameters<typeof viewerOf>[1], id: string) => {
    const viewer = await viewerOf(deps, auth);
    const org = await loadVisibleOrg(deps, viewer, id);
    if (!isStaffOrMemberOf(viewer, org._id)) throw forbidden("Only this organization's members can change its images");
    return org;
  };
  for (const purpose of ["logo", "photo"] as const) {
    api.route(
      { method: "post", path: purpose === "logo" ? "/orgs/:id/logo" : "/orgs/:id/photos", tag, access: "member", status: 201, params: idParams, response: mediaView,
        summary: purpose === "logo" ? "Upload the organization's logo (multipart field `file`: PNG, JPEG or WebP, at most 5 MB; replaces the old one)" : "Add a photo (multipart field `file`; at most 8 per organization)" },
      async ({ params }, req) => {
        const org = await editableOrg(req.auth, params.id);
        const upload = await readUpload(req, { maxBytes: MAX_IMAGE_BYTES });
        return presentMedia(await saveImage(deps, purpose, { orgId: String(org._id) }, upload, req.auth!.userId));
      },
    );
  }
  api.route(
    { method: "get", path: "/orgs/:id/media", tag, access: "public", summary: "The organization's logo and photos", params: idParams, response: orgMediaView },
    async ({ params }, req) => {
      const org = await loadVisibleOrg(deps, await viewerOf(deps, req.auth), params.id);
      const items = await mediaModel(deps.db).find({ orgId: org._id, purpose: { $in: ["logo", "photo"] } }).sort({ createdAt: 1 }).lean<Media[]>();
      const logo = items.filter((m) => m.purpose === "logo").at(-1);
      return { logo: logo ? presentMedia(logo) : null, photos: items.filter((m) => m.purpose === "photo").map(presentMedia) };
    },
  );
  api.route(
    { method: "delete", path: "/orgs/:id/media/:mediaId", tag, access: "member", status: 204, summary: "Delete the organization's logo, a photo or a brochure", params: mediaItemParams },
    async ({ params }, req) => {
      const org = await editableOrg(req.auth, params.id);
      const media = await mediaModel(deps.db).findOne({ _id: oid(params.mediaId), orgId: org._id, purpose: { $ne: "chat" } }).lean<Media>();
      if (!media) throw notFound("File");
      await deleteMedia(deps, media);
    },
  );
  api.route(
    { method: "post", path: "/users/me/avatar", tag, access: "member", status: 201, response: mediaView, summary: "Upload my avatar (multipart field `file`: PNG, JPEG or WebP, at most 5 MB)" },
    async (_input, req) => {
      const upload = await readUpload(req, { maxBytes: MAX_IMAGE_BYTES });
      return presentMedia(await saveImage(deps, "avatar", { userId: req.auth!.userId }, upload, req.auth!.userId));
    },
  );
  api.route(
    { method: "delete", path: "/users/me/avatar", tag, access: "member", response: okResponse, summary: "Remove my avatar" },
    async (_input, req) => {
      for (const m of await mediaModel(deps.db).find({ userId: oid(req.auth!.userId), purpose: "avatar" }).lean<Media[]>()) await deleteMedia(deps, m);
      return { ok: true as const };
    },
  );
  // Stable addresses of the current logo and avatar (for <img> anywhere): served directly (a redirect would be
  // upgraded to https by the page's upgrade-insecure-requests), revalidated through an ETag of the file's id.
  for (const [path, field, purpose] of [["/orgs/:id/logo/:variant", "orgId", "logo"], ["/users/:id/avatar/:variant", "userId", "avatar"]] as const) {
    api.route(
      { method: "get", path, tag, access: "public", params: variantParams, summary: `The current ${purpose} (404 when there is none)` },
      async ({ params }, req, res) => {
        const media = await mediaModel(deps.db).findOne({ [field]: oid(params.id), purpose }).sort({ createdAt: -1 }).lean<Media>();
        if (!media) throw notFound(purpose === "logo" ? "Logo" : "Avatar");
        const etag = `"${String(media._id)}-${params.variant}"`;
        res.setHeader("ETag", etag);
        if (req.headers["if-none-match"] === etag) {
          res.setHeader("Cache-Control", "public, max-age=300");
          res.status(304).end();
          return;
        }
        const file = await readVariant(deps, media, params.variant);
        if (!file) throw notFound("File");
        sendStored(res, file, { cache: "public, max-age=300" });
      },
    );
  }
  api.route(
    { method: "get", path: "/media/:id/:variant", tag, access: "public", params: mediaVariantParams, summary: "A stored image (immutable, long-cached); brochures and chat files only through signed links" },
    async ({ params }, _req, res) => {
      const media = await mediaModel(deps.db).findById(params.id).lean<Media>();
      if (!media || media.purpose === "chat" || media.purpose === "brochure") throw notFound("File");
      const file = await readVariant(deps, media, params.variant);
      if (!file) throw notFound("File");
      sendStored(res, file, { cache: IMMUTABLE });
    },
  );
  api.route(
    { method: "get", path: "/orgs/:id/completeness", tag, access: "member", params: idParams, response: completenessView, summary: "What the profile still lacks (for its own members and staff; never used in ranking)" },
    async ({ params }, req) => {
      const org = await editableOrg(req.auth, params.id);
      const hasLogo = Boolean(await mediaModel(deps.db).exists({ orgId: org._id, purpose: "logo" }));
      return profileCompleteness(org, hasLogo);
    },
  );
  fileRoutes(api, deps);
  return api;
}
