import mongoose from "mongoose";
import { downloadLink, idParams, mediaItemParams, mediaList, mediaView, signedFileQuery, type MediaView } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import type { ApiRouter } from "../../http/api-router.js";
import { AppError, forbidden, gone, notFound } from "../../http/errors.js";
import { isStaff, type AuthContext } from "../auth/guard.js";
import { authorizeRoom } from "../chat/service.js";
import { introductionModel } from "../introductions/model.js";
import { viewerOf } from "../orgs/access.js";
import { isStaffOrMemberOf } from "../../policies/actor.js";
import { getOffer } from "../offers/service.js";
import { getRequest } from "../requests/service.js";
import { mediaModel, type Media } from "./model.js";
import { presentMedia } from "./presenter.js";
import { sendStored } from "./serve.js";
import { MAX_DOCUMENT_BYTES, readVariant, saveDocument } from "./service.js";
import { BROCHURE_LINK_TTL_MS, signedFileLink, verifyFileLink } from "./signed-link.js";
import { readUpload } from "./upload.js";

const oid = (id: string) => new mongoose.Types.ObjectId(id);

/**
 * Chat files: readable by the members of the two organizations once introduced, the staff
 * invited to the room, and any staff user (brokers oversee every introduction).
 */
async function authorizeChatFiles(deps: AppDeps, auth: AuthContext, introductionId: string): Promise<void> {
  if (isStaff(auth)) {
    if (!(await introductionModel(deps.db).exists({ _id: oid(introductionId) }))) throw notFound("introduction");
    return;
  }
  await authorizeRoom(deps, auth, introductionId).catch((err: unknown) => {
    // A stranger learns nothing about the introduction or its files.
    throw err instanceof AppError && err.status === 403 ? notFound("introduction") : err;
  });
}

/** PDF brochures of offers and requests; files sent in chat, downloaded through short-lived signed links. */
export function fileRoutes(api: ApiRouter, deps: AppDeps): void {
  const tag = "Media";
  const withLink = (view: MediaView): MediaView => ({ ...view, urls: { original: signedFileLink(deps.jwtSecret, view.id, Date.now(), BROCHURE_LINK_TTL_MS).url } });
  const owners = { offers: { get: getOffer, field: "offerId" }, requests: { get: getRequest, field: "requestId" } } as const;
  for (const [path, owner] of Object.entries(owners)) {
    api.route(
      { method: "post", path: `/${path}/:id/brochures`, tag, access: "member", status: 201, params: idParams, response: mediaView, summary: "Attach a PDF brochure (multipart field `file`, at most 10 MB)" },
      async ({ params }, req) => {
        const viewer = await viewerOf(deps, req.auth);
        const item = await owner.get(deps, viewer, params.id);
        if (!isStaffOrMemberOf(viewer, item.orgId)) throw forbidden("Only the organization's members can attach brochures");
        const upload = await readUpload(req, { maxBytes: MAX_DOCUMENT_BYTES });
        return withLink(presentMedia(await saveDocument(deps, "brochure", { orgId: item.orgId, [owner.field]: params.id }, upload, req.auth!.userId)));
      },
    );
    api.route(
      { method: "get", path: `/${path}/:id/brochures`, tag, access: "public", params: idParams, response: mediaList, summary: "Brochures attached, each with a download link valid an hour (given to those who may see the offer or request)" },
      async ({ params }, req) => {
        await owner.get(deps, await viewerOf(deps, req.auth), params.id);
        const items = await mediaModel(deps.db).find({ [owner.field]: oid(params.id), purpose: "brochure" }).sort({ createdAt: 1 }).lean<Media[]>();
        return { items: items.map((m) => withLink(presentMedia(m))) };
      },
    );
  }
  api.route(
    { method: "post", path: "/introductions/:id/files", tag, access: "member", status: 201, params: idParams, response: mediaView,
      summary: "Upload a file to send in the chat (multipart field `file`: PDF, image or Office document, at most 10 MB); then send a chat message with its id as `attachmentId`" },
    async ({ params }, req) => {
      const room = await authorizeRoom(deps, req.auth!, params.id);
      const viewer = await viewerOf(deps, req.auth);
      const orgId = room.orgIds.find((id) => viewer.memberships.has(id));
      const upload = await readUpload(req, { maxBytes: MAX_DOCUMENT_BYTES });
      return presentMedia(await saveDocument(deps, "chat", { introductionId: params.id, ...(orgId ? { orgId } : {}) }, upload, req.auth!.userId));
    },
  );
  api.route(
    { method: "get", path: "/introductions/:id/files/:mediaId/link", tag, access: "member", params: mediaItemParams, response: downloadLink, summary: "A download link of a chat file, valid five minutes" },
    async ({ params }, req) => {
      await authorizeChatFiles(deps, req.auth!, params.id);
      const media = await mediaModel(deps.db).exists({ _id: oid(params.mediaId), introductionId: oid(params.id), purpose: "chat" });
      if (!media) throw notFound("File");
      return signedFileLink(deps.jwtSecret, params.mediaId);
    },
  );
  api.route(
    { method: "get", path: "/files/:id", tag, access: "public", params: idParams, query: signedFileQuery, summary: "Download a chat file or a brochure through its signed link" },
    async ({ params, query }, _req, res) => {
      const check = verifyFileLink(deps.jwtSecret, params.id, query.expires, query.sig);
      if (check === "invalid") throw forbidden("This download link is not valid");
      if (check === "expired") throw gone("This download link has expired; open the chat again");
      const media = await mediaModel(deps.db).findOne({ _id: oid(params.id), purpose: { $in: ["chat", "brochure"] } }).lean<Media>();
      const file = media && (await readVariant(deps, media, "original"));
      if (!media || !file) throw notFound("File");
      sendStored(res, file, { cache: "private, no-store", download: media.name });
    },
  );
}
