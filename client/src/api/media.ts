/** Uploads and downloads of logos, photos, avatars, brochures and chat files. */
import type { DownloadLink, MediaView, OrgMediaView, ProfileCompleteness } from "@parklink/shared";
import { api } from "./http";

const fileForm = (file: File) => {
  const form = new FormData();
  form.append("file", file, file.name);
  return form;
};

export const mediaApi = {
  orgMedia: (orgId: string) => api<OrgMediaView>("GET", `/orgs/${orgId}/media`),
  uploadLogo: (orgId: string, file: File) => api<MediaView>("POST", `/orgs/${orgId}/logo`, { form: fileForm(file) }),
  uploadPhoto: (orgId: string, file: File) => api<MediaView>("POST", `/orgs/${orgId}/photos`, { form: fileForm(file) }),
  deleteOrgMedia: (orgId: string, mediaId: string) => api<void>("DELETE", `/orgs/${orgId}/media/${mediaId}`),
  uploadAvatar: (file: File) => api<MediaView>("POST", "/users/me/avatar", { form: fileForm(file) }),
  completeness: (orgId: string) => api<ProfileCompleteness>("GET", `/orgs/${orgId}/completeness`),
  brochures: (kind: "offers" | "requests", id: string) => api<{ items: MediaView[] }>("GET", `/${kind}/${id}/brochures`),
  uploadBrochure: (kind: "offers" | "requests", id: string, file: File) => api<MediaView>("POST", `/${kind}/${id}/brochures`, { form: fileForm(file) }),
  uploadChatFile: (introductionId: string, file: File) => api<MediaView>("POST", `/introductions/${introductionId}/files`, { form: fileForm(file) }),
  chatFileLink: (introductionId: string, mediaId: string) => api<DownloadLink>("GET", `/introductions/${introductionId}/files/${mediaId}/link`),
};

/** Stable image addresses (a short redirect to the current file); 404 when there is none yet. */
export const orgLogoUrl = (orgId: string, size: "small" | "large" = "small") => `/api/orgs/${orgId}/logo/${size}`;
export const userAvatarUrl = (userId: string, size: "small" | "large" = "small") => `/api/users/${userId}/avatar/${size}`;
