import { z } from "zod";
import { objectId } from "./common.js";
import { memberRole } from "./orgs.js";
import { opaqueToken } from "./auth.js";

/** An invitation to join an organization, as its addressee sees it (never who else was invited). */
export const invitationView = z.object({
  id: objectId,
  org: z.object({ id: objectId, name: z.object({ en: z.string(), local: z.string().optional() }) }),
  role: memberRole,
  invitedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type InvitationView = z.infer<typeof invitationView>;

export const invitationList = z.array(invitationView);

/** The token of an invitation's e-mailed link. */
export const acceptInvitationLinkBody = z.object({ token: opaqueToken }).strict();

export const invitationAccepted = z.object({ orgId: objectId });
export type InvitationAccepted = z.infer<typeof invitationAccepted>;
