import crypto from "node:crypto";
import type { AppDeps } from "../../deps.js";
import { COMMITTED } from "../../infra/model.js";
import { PREFERENCE_OF, type MailData, type MailKind } from "./kinds.js";
import { renderMail } from "./layout.js";
import { mailOutboxModel, type OutgoingMail } from "./model.js";
import { mailContent } from "./templates.js";
import { unsubscribeToken } from "./unsubscribe-token.js";
import { MAIL_QUEUED } from "./enqueue.js";

export interface MailSenderOptions {
  /** Origin of every link in e-mails: PUBLIC_URL, else the server's own URL. */
  baseUrl: string;
  /** How long a node holds an e-mail it claimed before another may take it over. */
  leaseMs?: number;
  /** First retry delay; doubled after each failure up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Poll interval when idle (committed writes and queued mail wake the sender sooner). */
  intervalMs?: number;
}

/** The bodies of a queued e-mail, links absolute on `baseUrl`, with its unsubscribe link when it has one. */
export function renderOutgoing(deps: Pick<AppDeps, "jwtSecret">, mail: Pick<OutgoingMail, "kind" | "lang" | "data" | "userId">, baseUrl: string) {
  const preference = PREFERENCE_OF[mail.kind];
  const unsubscribe =
    preference && mail.userId
      ? new URL(`/api/mail/unsubscribe?token=${unsubscribeToken(deps.jwtSecret, String(mail.userId), preference)}`, baseUrl).toString()
      : undefined;
  const content = mailContent(mail.kind, mail.data as unknown as MailData[MailKind], mail.lang);
  return { ...renderMail(content, mail.lang, baseUrl, unsubscribe), unsubscribe };
}

/** An SMTP answer in the 5xx range: the relay refuses this message for good; retrying will not help. */
const isPermanent = (err: unknown) => {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
};

/**
 * Drains the mail outbox through deps.mailer. Each e-mail is claimed alone with
 * findOneAndUpdate on its state and lease, so several nodes share the work without ever
 * sending one twice; a failed send is retried with exponential backoff, so an outage of
 * the mail relay delays mail and loses none.
 */
export class MailSender {
  private readonly node = crypto.randomBytes(6).toString("hex");
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    private readonly deps: AppDeps,
    private readonly options: MailSenderOptions,
  ) {}

  /** Sends every e-mail due now; returns how many were sent. */
  drain(now?: () => Date): Promise<number> {
    this.running ??= this.drainAll(now ?? (() => new Date())).finally(() => (this.running = undefined));
    return this.running;
  }

  start(): void {
    this.stopped = false;
    this.deps.db.on(COMMITTED, this.kick);
    this.deps.db.on(MAIL_QUEUED, this.kick);
    const tick = async () => {
      await this.drain().catch((err: unknown) => this.deps.logger.warn({ err }, "mail sender pass failed"));
      if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs ?? 2_000);
    };
    this.timer = setTimeout(tick, 0);
  }

  private readonly kick = () => {
    if (this.stopped) return;
    if (this.running) void this.running.finally(() => this.kick());
    else void this.drain().catch(() => undefined);
  };

  async stop(): Promise<void> {
    this.stopped = true;
    this.deps.db.off(COMMITTED, this.kick);
    this.deps.db.off(MAIL_QUEUED, this.kick);
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async drainAll(now: () => Date): Promise<number> {
    let sent = 0;
    for (;;) {
      if (this.stopped) return sent;
      const mail = await this.claim(now());
      if (!mail) return sent;
      if (await this.send(mail, now())) sent++;
    }
  }

  private claim(now: Date) {
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 60_000));
    return mailOutboxModel(this.deps.db)
      .findOneAndUpdate(
        { state: "pending", nextAttemptAt: { $lte: now }, $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }] },
        { $set: { leaseUntil, leasedBy: this.node }, $inc: { attempts: 1 } },
        { sort: { nextAttemptAt: 1 }, new: true },
      )
      .lean<OutgoingMail>();
  }

  private async send(mail: OutgoingMail, now: Date): Promise<boolean> {
    const Outbox = mailOutboxModel(this.deps.db);
    const mine = { _id: mail._id, leasedBy: this.node };
    try {
      const { subject, text, html, unsubscribe } = renderOutgoing(this.deps, mail, this.options.baseUrl);
      const headers = unsubscribe ? { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined;
      await this.deps.mailer.send({ to: mail.to, subject, text, html, headers });
      await Outbox.updateOne(mine, { $set: { state: "sent", sentAt: new Date(), leaseUntil: null, leasedBy: null }, $unset: { lastError: 1 } });
      return true;
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      const permanent = isPermanent(err);
      const delay = Math.min(this.options.maxBackoffMs ?? 15 * 60_000, (this.options.backoffMs ?? 1_000) * 2 ** (mail.attempts - 1));
      this.deps.logger[permanent ? "error" : "warn"]({ mailId: String(mail._id), kind: mail.kind, attempts: mail.attempts, error: message }, permanent ? "e-mail refused by the relay" : "e-mail not sent; will retry");
      await Outbox.updateOne(mine, {
        $set: { lastError: message, leaseUntil: null, leasedBy: null, ...(permanent ? { state: "failed" } : { nextAttemptAt: new Date(now.getTime() + delay) }) },
      });
      return false;
    }
  }
}
