/**
 * Staff e-mail over SMTP with nodemailer (a well-kept library: connection pooling, STARTTLS, authentication and
 * the SMTP dialogue are not code to write here). Implements the core `Mailer` port. A refusal the server means for
 * good (a 5xx reply: unknown mailbox, policy) is a permanent MailError; connection problems and 4xx replies are
 * temporary, so the outbox retries them.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { MailError, type Mailer } from "../core/feedback/desk/staff-mail.js";
import type { StaffEmailDraft } from "../core/feedback/desk/deadline-watch.js";

export interface SmtpSettings {
  /** smtp://user:password@host:587 or smtps://… (the password never reaches a log). */
  url: string;
  from: string;
}

/** Sends staff e-mails through one SMTP server. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    private readonly settings: SmtpSettings,
    options: { timeoutMs?: number } = {},
  ) {
    const timeout = options.timeoutMs ?? 15_000;
    const u = new URL(settings.url);
    const secure = u.protocol === "smtps:";
    this.transport = nodemailer.createTransport({
      host: u.hostname,
      port: u.port ? Number(u.port) : secure ? 465 : 587,
      secure,
      ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(mail: StaffEmailDraft): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    } catch (err) {
      const e = err as { responseCode?: number; code?: string };
      const permanent = typeof e.responseCode === "number" && e.responseCode >= 500;
      // the reason is a code, never the server's full answer (it may echo the address or the message)
      throw new MailError(e.responseCode ? `smtp ${e.responseCode}` : `smtp ${e.code ?? "error"}`, permanent);
    }
  }

  /** Closes pooled connections. */
  close(): void {
    this.transport.close();
  }
}
