import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { CHAT_TEXT_MAX, type ChatMessage } from "@parklink/shared";
import { useI18n } from "../../i18n";
import { useChat, type PendingMessage } from "./useChat";
import { mediaApi } from "../../api/media";
import { FileUpload, UserAvatar } from "../../components/media";
import { ChatAttachment } from "./ChatAttachment";

/** True while the element is on screen and the tab is in front. */
function useOnScreen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [inView, setInView] = useState(false);
  const [shown, setShown] = useState(() => document.visibilityState === "visible");
  useEffect(() => {
    const onVis = () => setShown(document.visibilityState === "visible");
    document.addEventListener("visibilitychange", onVis);
    const el = ref.current;
    const io = el ? new IntersectionObserver(([e]) => setInView(e.isIntersecting), { threshold: 0.1 }) : null;
    if (el) io?.observe(el);
    return () => {
      document.removeEventListener("visibilitychange", onVis);
      io?.disconnect();
    };
  }, [ref]);
  return inView && shown;
}

function listNames(names: string[], lang: string): string {
  return new Intl.ListFormat(lang === "zh" ? "zh-CN" : "en", { style: "long", type: "conjunction" }).format(names);
}

/** The real-time conversation of an introduced pair (and the staff they invited). */
export function Chat({ introductionId, partnerName }: { introductionId: string; partnerName?: string }) {
  const { t, lang, date, dateTime } = useI18n();
  const logRef = useRef<HTMLDivElement>(null);
  const visible = useOnScreen(logRef);
  const { state, send, retry, discard, loadEarlier, typed } = useChat(introductionId, visible);
  const { messages, pending, myId, names, readSeq } = state;
  const [text, setText] = useState("");
  const uid = useId();
  const time = useMemo(() => new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { timeStyle: "short" }), [lang]);

  // Keep to the bottom when new messages come while the reader is there; keep the place when older ones are added.
  const stick = useRef(true);
  const before = useRef<{ first?: string; height: number }>({ height: 0 });
  useLayoutEffect(() => {
    const el = logRef.current;
    if (!el) return;
    const prepended = before.current.first && messages[0]?.id !== before.current.first && messages.some((m) => m.id === before.current.first);
    if (prepended) el.scrollTop += el.scrollHeight - before.current.height;
    else if (stick.current) el.scrollTop = el.scrollHeight;
    before.current = { first: messages[0]?.id, height: el.scrollHeight };
  }, [messages, pending]);
  const onScroll = () => {
    const el = logRef.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
  };

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const body = text.trim();
    if (!body) return;
    stick.current = true;
    send(text);
    setText("");
    typed(true);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  const othersRead = Math.max(0, ...Object.entries(readSeq).filter(([u]) => u !== myId).map(([, s]) => s));
  const seenId = [...messages].reverse().find((m) => m.senderId === myId && m.seq <= othersRead)?.id;
  const nameOf = (u: string) => names[u] ?? (partnerName ? t("chat.someoneFrom", { name: partnerName }) : t("chat.someone"));
  // People who have not written yet have no known name: they are counted instead.
  const unnamed = state.online.filter((u) => !names[u]).length;
  const here = [...state.online.filter((u) => names[u]).map((u) => names[u]), ...(unnamed ? [t(unnamed === 1 ? "chat.oneOther" : "chat.otherPeople", { count: unnamed })] : [])];
  const presence = !state.connected ? t("chat.presenceUnknown") : here.length ? t("chat.online", { names: listNames(here, lang) }) : t("chat.nobodyOnline");
  const typing = state.typing.length ? t("chat.typing", { names: listNames(state.typing.map(nameOf), lang) }) : "";

  return (
    <section className="chat" id="chat" aria-label={t("chat.title")}>
      <div className="chat-head">
        <h2>{t("chat.title")}</h2>
        <p className="chat-presence">
          <span className={state.connected && state.online.length ? "presence-dot on" : "presence-dot"} aria-hidden="true" /> {presence}
        </p>
      </div>
      {!state.connected && (
        <p className="chat-offline" role="status">
          {t("chat.reconnecting")}
        </p>
      )}
      {state.error && (
        <p className="alert alert-error" role="alert">
          {t("chat.error", { message: state.error })}
        </p>
      )}
      <div ref={logRef} className="chat-log" role="log" aria-live="polite" aria-label={t("chat.messages")} tabIndex={0} onScroll={onScroll}>
        {state.hasMore && (
          <p className="chat-earlier">
            <button type="button" className="btn btn-small" onClick={() => void loadEarlier()} disabled={state.loadingEarlier} aria-busy={state.loadingEarlier}>
              {state.loadingEarlier ? t("common.loading") : t("chat.loadEarlier")}
            </button>
          </p>
        )}
        {!state.ready && !state.error && <p className="muted">{t("chat.connecting")}</p>}
        {state.ready && messages.length === 0 && pending.length === 0 && <p className="muted chat-empty">{t("chat.empty")}</p>}
        <ol className="chat-messages">
          {messages.map((m, i) => (
            <MessageItem key={m.id} m={m} mine={m.senderId === myId} seen={m.id === seenId} day={dayChange(messages[i - 1], m) ? date(m.sentAt) : undefined} time={time.format(new Date(m.sentAt))} full={dateTime(m.sentAt)} />
          ))}
          {pending.map((p) => (
            <PendingItem key={p.clientId} p={p} onRetry={() => retry(p.clientId)} onDiscard={() => discard(p.clientId)} />
          ))}
        </ol>
      </div>
      <p className="chat-typing" aria-live="polite">
        {typing}
      </p>
      <form className="chat-compose" onSubmit={submit}>
        <label htmlFor={`${uid}-text`}>{t("chat.messageLabel")}</label>
        <textarea
          id={`${uid}-text`}
          value={text}
          rows={2}
          maxLength={CHAT_TEXT_MAX}
          aria-describedby={`${uid}-hint`}
          onChange={(e) => {
            setText(e.target.value);
            typed(e.target.value === "");
          }}
          onBlur={() => typed(true)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="btn btn-primary" disabled={!text.trim()}>
          {t("chat.send")}
        </button>
        <p className="hint" id={`${uid}-hint`}>
          {t("chat.hint")}
          {text.length > CHAT_TEXT_MAX - 200 && <> · {t("chat.charsLeft", { count: CHAT_TEXT_MAX - text.length })}</>}
        </p>
      </form>
      <FileUpload
        label={t("media.attach")}
        accept="application/pdf,image/png,image/jpeg,image/webp,.docx,.xlsx,.pptx"
        hint={t("media.attachHint")}
        onUpload={async (file) => {
          const media = await mediaApi.uploadChatFile(introductionId, file);
          stick.current = true;
          send(media.name, media.id);
        }}
      />
    </section>
  );
}

const dayChange = (prev: ChatMessage | undefined, m: ChatMessage) => !prev || prev.sentAt.slice(0, 10) !== m.sentAt.slice(0, 10);

function MessageItem({ m, mine, seen, day, time, full }: { m: ChatMessage; mine: boolean; seen: boolean; day?: string; time: string; full: string }) {
  const { t } = useI18n();
  return (
    <>
      {day && (
        <li className="chat-day" aria-hidden="true">
          {day}
        </li>
      )}
      <li className={mine ? "chat-message chat-mine" : "chat-message"}>
        <p className="chat-meta">
          <UserAvatar userId={m.senderId} name={m.senderName} size={20} /> <span className="chat-sender">{mine ? t("chat.you") : m.senderName}</span>{" "}
          <time dateTime={m.sentAt} title={full}>
            {time}
          </time>
        </p>
        {m.attachment ? <ChatAttachment introductionId={m.introductionId} file={m.attachment} /> : <p className="chat-text">{m.text}</p>}
        {seen && <p className="chat-seen">{t("chat.seen")}</p>}
      </li>
    </>
  );
}

function PendingItem({ p, onRetry, onDiscard }: { p: PendingMessage; onRetry(): void; onDiscard(): void }) {
  const { t } = useI18n();
  return (
    <li className={`chat-message chat-mine chat-pending${p.state === "failed" ? " chat-failed" : ""}`}>
      <p className="chat-meta">
        <span className="chat-sender">{t("chat.you")}</span> <span>{p.state === "sending" ? t("chat.sending") : t("chat.notSent")}</span>
      </p>
      <p className="chat-text">{p.text}</p>
      {p.state === "failed" && (
        <p className="chat-actions">
          <span className="field-error">{p.error}</span>{" "}
          <button type="button" className="btn btn-small" onClick={onRetry}>
            {t("chat.retry")}
          </button>{" "}
          <button type="button" className="btn btn-small btn-ghost" onClick={onDiscard}>
            {t("chat.discard")}
          </button>
        </p>
      )}
    </li>
  );
}
