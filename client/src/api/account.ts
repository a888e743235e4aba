import type { InvitationAccepted, InvitationView } from "@parklink/shared";
import { api } from "./http";

/** E-mail confirmation and invitations to organizations. */
export const accountApi = {
  confirmEmail: (token: string) => api<void>("POST", "/auth/confirm-email", { json: { token } }),
  resendConfirmation: () => api<{ ok: true }>("POST", "/auth/confirm-email/resend"),
  invitations: () => api<InvitationView[]>("GET", "/invitations"),
  accept: (id: string) => api<InvitationAccepted>("POST", `/invitations/${id}/accept`),
  acceptLink: (token: string) => api<InvitationAccepted>("POST", "/invitations/accept-link", { json: { token } }),
  decline: (id: string) => api<void>("POST", `/invitations/${id}/decline`),
};
