import { mediaApi } from "../api/media";
import { useAuth } from "../app/auth";
import { useI18n } from "../i18n";
import { FileUpload, imagesChanged, UserAvatar } from "./media";

/** The signed-in user's picture, shown in the header and chat, with its upload. */
export function AvatarCard() {
  const { t } = useI18n();
  const { user } = useAuth();
  if (!user) return null;
  return (
    <div className="card media-logo avatar-card">
      <UserAvatar userId={user.id} name={user.name} size={64} />
      <FileUpload label={t("media.avatar")} accept="image/png,image/jpeg,image/webp" hint={t("media.avatarHint")} onUpload={(file) => mediaApi.uploadAvatar(file).then(imagesChanged)} />
    </div>
  );
}
