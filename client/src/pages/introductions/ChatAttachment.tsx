import { useState } from "react";
import type { ChatMessage } from "@parklink/shared";
import { mediaApi } from "../../api/media";
import { useI18n } from "../../i18n";

const sizeText = (bytes: number, lang: string) => {
  const fmt = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-GB", { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${fmt.format(bytes / 1024)} KB` : `${fmt.format(bytes / 1024 / 1024)} MB`;
};

/** A file sent in chat: each click asks for a fresh short-lived link, then downloads through it. */
export function ChatAttachment({ introductionId, file }: { introductionId: string; file: NonNullable<ChatMessage["attachment"]> }) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    try {
      const { url } = await mediaApi.chatFileLink(introductionId, file.id);
      const a = document.createElement("a");
      a.href = url;
      a.download = file.name;
      a.click();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <p className="chat-attachment">
      <button type="button" className="btn btn-small" onClick={() => void download()}>
        {t("media.download", { name: file.name, size: sizeText(file.size, lang) })}
      </button>
      {error && <span className="field-error"> {error}</span>}
    </p>
  );
}
