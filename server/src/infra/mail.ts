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

/** Development: e-mails are written to the log (recipient and subject; the body at debug level). */
export function logMailer(logger: Logger): Mailer {
  return {
    send: async (m) => {
      logger.info({ to: m.to, subject: m.subject }, "e-mail (development transport)");
      logger.debug({ body: m.text }, "e-mail body");
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
