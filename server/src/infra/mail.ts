import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import type { Logger } from "./logger.js";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where e-mails go: pluggable, so production can hand them to an SMTP relay or a mail API. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

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

/** Development: each e-mail becomes a .txt file in a folder. */
export function folderMailer(dir: string): Mailer {
  fs.mkdirSync(dir, { recursive: true });
  return {
    send: async (m) => {
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(3).toString("hex")}.txt`;
      await fs.promises.writeFile(path.join(dir, name), `To: ${m.to}\nSubject: ${m.subject}\n\n${m.text}\n`);
    },
  };
}

/** Tests: keeps every message in memory. */
export function memoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (m) => void sent.push(m) };
}
