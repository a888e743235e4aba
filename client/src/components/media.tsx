import { useEffect, useId, useState } from "react";
import { orgLogoUrl, userAvatarUrl } from "../api/media";
import { ApiError } from "../api/http";
import { useI18n } from "../i18n";

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]?.toUpperCase() ?? "")
    .join("") || "?";

/** Changing a logo or avatar bumps this, so the images shown reload at once. */
let version = 0;
const listeners = new Set<() => void>();
export function imagesChanged(): void {
  version++;
  for (const l of listeners) l();
}
function useImageVersion(): number {
  const [v, setV] = useState(version);
  useEffect(() => {
    const l = () => setV(version);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return v;
}

/** A round or square image that falls back to initials when there is none. */
function Picture({ src, name, size, shape }: { src: string; name: string; size: number; shape: "round" | "square" }) {
  const v = useImageVersion();
  const [failed, setFailed] = useState<string | null>(null);
  const url = v ? `${src}?v=${v}` : src;
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4) };
  const className = `picture picture-${shape}`;
  if (failed === url) {
    return (
      <span className={`${className} picture-initials`} style={style} aria-hidden="true">
        {initials(name)}
      </span>
    );
  }
  return <img className={className} style={style} src={url} alt="" width={size} height={size} loading="lazy" onError={() => setFailed(url)} />;
}

export function OrgLogo({ orgId, name, size = 40 }: { orgId: string; name: string; size?: number }) {
  return <Picture src={orgLogoUrl(orgId, size > 64 ? "large" : "small")} name={name} size={size} shape="square" />;
}

export function UserAvatar({ userId, name, size = 32 }: { userId: string; name: string; size?: number }) {
  return <Picture src={userAvatarUrl(userId, size > 64 ? "large" : "small")} name={name} size={size} shape="round" />;
}

/** A file picker that uploads at once and reports the server's answer (which names what is wrong). */
export function FileUpload({ label, accept, hint, onUpload }: { label: string; accept: string; hint?: string; onUpload(file: File): Promise<unknown> }) {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field file-upload">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={busy}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          setBusy(true);
          setError(null);
          try {
            await onUpload(file);
          } catch (err) {
            setError(uploadError(err, t));
          } finally {
            setBusy(false);
            input.value = "";
          }
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        {busy ? t("media.uploading") : hint}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The server's refusal in the reader's language (its codes), else its own message. */
function uploadError(err: unknown, t: ReturnType<typeof useI18n>["t"]): string {
  if (err instanceof ApiError) {
    const max = (err.details as { maxBytes?: number } | undefined)?.maxBytes;
    if (err.code === "file_too_large" && max) return t("media.tooLarge", { mb: Math.round(max / 1024 / 1024) });
    if (err.code === "unsupported_file_type") return t("media.badType");
  }
  return (err as Error).message;
}
