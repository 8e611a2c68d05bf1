import { simpleParser, type ParsedMail } from "mailparser";
import {
  SMTPServer,
  type SMTPServerDataStream,
  type SMTPServerSession,
} from "smtp-server";

export type ReceivedMail = {
  from: string;
  to: string[];
  raw: string;
  parsed: ParsedMail;
  receivedAt: number;
};

/**
 * A real SMTP server (the smtp-server package) on 127.0.0.1 that keeps every message it
 * accepts, parsed with mailparser. `rejectNext` makes it answer the next N messages with a
 * temporary failure (451), as a struggling mail provider would.
 */
export class TestSmtpServer {
  readonly messages: ReceivedMail[] = [];
  rejectNext = 0;
  port = 0;
  private waiters: (() => void)[] = [];
  private readonly server: SMTPServer;

  private constructor(readonly host: string) {
    this.server = new SMTPServer({
      authOptional: true,
      // Plain SMTP, as the app allows on loopback; no self-signed STARTTLS to trip over.
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, session, callback) =>
        this.receive(stream, session, callback),
    });
  }

  static async start(port = 0, host = "127.0.0.1"): Promise<TestSmtpServer> {
    const instance = new TestSmtpServer(host);
    instance.port = await new Promise<number>((resolve, reject) => {
      instance.server.server.once("error", reject);
      instance.server.listen(port, host, () => {
        const address = instance.server.server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });
    return instance;
  }

  get url(): string {
    return `smtp://${this.host}:${this.port}`;
  }

  private receive(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null) => void,
  ) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const receivedAt = Date.now();
      if (this.rejectNext > 0) {
        this.rejectNext--;
        callback(
          Object.assign(new Error("Mailbox busy, try again later"), {
            responseCode: 451,
          }),
        );
        return;
      }
      const raw = Buffer.concat(chunks).toString("utf8");
      simpleParser(raw)
        .then((parsed) => {
          this.messages.push({
            from: session.envelope.mailFrom
              ? session.envelope.mailFrom.address
              : "",
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw,
            parsed,
            receivedAt,
          });
          for (const wake of this.waiters.splice(0)) wake();
          callback();
        })
        .catch(callback);
    });
  }

  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
  async waitForMessages(
    count: number,
    timeoutMs = 15_000,
  ): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `expected ${count} message(s), got ${this.messages.length} after ${timeoutMs} ms`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
