/**
 * A mail server on loopback for tests (smtp-server, the library nodemailer's authors keep): it records every
 * message it accepts, refuses recipients the test names with a permanent 550 (an unknown mailbox), and can be
 * stopped to stand for a server that is down.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  /** Headers and body as received (quoted-printable decoded, so text can be searched). */
  text: string;
}

export class FakeSmtp {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly received: ReceivedMail[],
    /** Recipients refused with 550. */
    readonly refuse: Set<string>,
  ) {}

  static async start(): Promise<FakeSmtp> {
    const received: ReceivedMail[] = [];
    const refuse = new Set<string>();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refuse.has(address.address)) return callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), text: decodeQuotedPrintable(Buffer.concat(chunks).toString("latin1")) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return new FakeSmtp(server, (server.server.address() as AddressInfo).port, received, refuse);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages received by one address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Undoes quoted-printable soft breaks and escapes, reading the bytes as UTF-8. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/gu, "").replace(/=([0-9A-F]{2})/gu, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}
