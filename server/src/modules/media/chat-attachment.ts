import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { validationFailed } from "../../http/errors.js";
import { mediaModel, type Media } from "./model.js";

/** The attachment of a chat message: a file its sender uploaded to this introduction, else 400 naming attachmentId. */
export async function chatAttachment(deps: Pick<AppDeps, "db">, introductionId: string, attachmentId: string, senderId: string) {
  const media = await mediaModel(deps.db)
    .findOne({ _id: new mongoose.Types.ObjectId(attachmentId), introductionId: new mongoose.Types.ObjectId(introductionId), purpose: "chat", uploadedBy: new mongoose.Types.ObjectId(senderId) })
    .lean<Media>();
  if (!media) throw validationFailed([{ field: "attachmentId", message: "no file you uploaded to this introduction has this id" }]);
  return { id: media._id, name: media.name, size: media.size, contentType: media.contentType };
}
