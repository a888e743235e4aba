import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import nodemailer from "nodemailer";
import type { Config } from "../config.js";
import type { Logger } from "./logger.js";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** Where e-mails go: SMTP in production, a folder or the log in development. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close?(): void;
}

/** The development sender address when MAIL_FROM is unset (production requires MAIL_FROM). */
export const DEV_MAIL_FROM = "Parklink <no-reply@parklink.localhost>";

/**
 * E-mails written to the log: recipient and subject always; the body (which may hold a
 * one-time link) only in development, never in production logs.
 */
export function logMailer(logger: Logger, { includeBody }: { includeBody: boolean }): Mailer {
  return {
    send: async (m) => {
      logger.info({ to: m.to, subject: m.subject, ...(includeBody ? { body: m.text } : {}) }, "e-mail (log transport)");
    },
  };
}

/** Development: each e-mail becomes a .txt file (and an .html file beside it) in a folder. */
export function folderMailer(dir: string): Mailer {
  fs.mkdirSync(dir, { recursive: true });
  return {
    send: async (m) => {
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(3).toString("hex")}`;
      await fs.promises.writeFile(path.join(dir, `${name}.txt`), `To: ${m.to}\nSubject: ${m.subject}\n\n${m.text}\n`);
      if (m.html) await fs.promises.writeFile(path.join(dir, `${name}.html`), m.html);
    },
  };
}

/**
 * SMTP through nodemailer, e.g. `smtps://user:pass@mail.example.org:465`. A pooled
 * connection; a refused or failed send rejects, and the mail outbox retries it.
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (m) => {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers });
    },
    close: () => transport.close(),
  };
}

/** The transport the configuration asks for: SMTP_URL, else MAIL_DIR, else the log. */
export function createMailer(config: Config, logger: Logger): Mailer {
  if (config.SMTP_URL) return smtpMailer(config.SMTP_URL, config.MAIL_FROM ?? DEV_MAIL_FROM);
  if (config.MAIL_DIR) return folderMailer(config.MAIL_DIR);
  return logMailer(logger, { includeBody: config.NODE_ENV === "development" });
}

/** Tests: keeps every message in memory. */
export function memoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (m) => void sent.push(m) };
}
