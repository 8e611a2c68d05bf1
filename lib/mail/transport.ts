import nodemailer, { type SMTPTransportOptions } from "nodemailer";
import type { OutgoingMail } from "./consultation-email";
import { mailboxDir, writeMailboxFile } from "./mailbox";

export type MailTransportKind = "smtp" | "mailbox";

export interface Mailer {
  kind: MailTransportKind;
  /** One line for the start-up log: where mail goes, without credentials. */
  description: string;
  /** Resolves only once the SMTP server accepted the message (or the file is written). */
  send(mail: OutgoingMail, signal?: AbortSignal): Promise<void>;
}

export type MailConfig = {
  smtpUrl?: string;
  smtpInsecure: boolean;
  dataDir: string;
};

export function createMailer(config: MailConfig): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.smtpInsecure) : mailboxMailer(config.dataDir);
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * nodemailer options from SMTP_URL (smtp://user:pass@host:587 or smtps://…:465). Parsed here
 * rather than handed to nodemailer as a URL so that query parameters cannot switch the TLS policy
 * off: any host other than loopback must use TLS (implicit with smtps, STARTTLS enforced with
 * smtp) and present a valid certificate, unless SMTP_INSECURE=1.
 */
export function smtpTransportOptions(smtpUrl: string, insecure: boolean): SMTPTransportOptions {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const enforceTls = !insecure && !isLoopback(host);
  return {
    host,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    requireTLS: enforceTls && !secure,
    auth: url.username
      ? {
          user: decodeURIComponent(url.username),
          pass: decodeURIComponent(url.password),
        }
      : undefined,
    tls: insecure ? { rejectUnauthorized: false } : undefined,
    // Fail within a minute rather than nodemailer's 2–10 minute defaults: a stuck attempt holds
    // its outbox lease, and the next attempt is only seconds away.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 45_000,
    dnsTimeout: 15_000,
  };
}

function smtpMailer(smtpUrl: string, insecure: boolean): Mailer {
  const options = smtpTransportOptions(smtpUrl, insecure);
  const transport = nodemailer.createTransport(options);
  const tls = options.secure ? "implicit TLS" : options.requireTLS ? "STARTTLS required" : "TLS optional";
  return {
    kind: "smtp",
    description: `consultation emails go to SMTP server ${options.host}:${options.port} (${tls})`,
    async send(mail, signal) {
      await transport.sendMail({ ...message(mail), signal });
    },
  };
}

function mailboxMailer(dataDir: string): Mailer {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
  });
  return {
    kind: "mailbox",
    description: `SMTP_URL is not set: consultation emails are written to ${mailboxDir(dataDir)}/ instead of being sent`,
    async send(mail) {
      const info = await transport.sendMail(message(mail));
      const raw = info.message;
      if (!Buffer.isBuffer(raw)) throw new Error("stream transport returned no buffer");
      await writeMailboxFile(dataDir, mail.reference, raw);
    },
  };
}

function message(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    // Mail that says nothing to auto-responders and nothing to tracking pixels.
    headers: {
      "Auto-Submitted": "auto-generated",
      "X-Auto-Response-Suppress": "All",
    },
  };
}
