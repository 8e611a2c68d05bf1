import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

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
 * temporary failure (451), as a struggling mail provider would. `hold()` leaves every new
 * sender waiting at MAIL FROM (before any of the message is sent) until `release()`: a moment
 * where every message in flight is certainly not yet accepted.
 */
export class TestSmtpServer {
  readonly messages: ReceivedMail[] = [];
  rejectNext = 0;
  port = 0;
  /** Messages between DATA and the server's answer right now. */
  receiving = 0;
  /** When the last message was answered (accepted or refused), ms since the epoch. */
  lastAnsweredAt = 0;
  private held: { promise: Promise<void>; release: () => void } | undefined;
  private waiters: (() => void)[] = [];
  private readonly server: SMTPServer;

  private constructor(readonly host: string) {
    this.server = new SMTPServer({
      authOptional: true,
      // Plain SMTP, as the app allows on loopback; no self-signed STARTTLS to trip over.
      disabledCommands: ["STARTTLS"],
      logger: false,
      onMailFrom: (_address, _session, callback) => {
        if (!this.held) return callback();
        void this.held.promise.then(() => callback());
      },
      onData: (stream, session, callback) => this.receive(stream, session, callback),
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

  hold(): void {
    if (this.held) return;
    let release = () => {};
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.held = { promise, release };
  }

  release(): void {
    this.held?.release();
    this.held = undefined;
  }

  get url(): string {
    return `smtp://${this.host}:${this.port}`;
  }

  private receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) {
    const chunks: Buffer[] = [];
    this.receiving++;
    const answer = (error?: Error | null) => {
      this.receiving--;
      this.lastAnsweredAt = Date.now();
      callback(error);
    };
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const receivedAt = Date.now();
      if (this.rejectNext > 0) {
        this.rejectNext--;
        answer(
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
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw,
            parsed,
            receivedAt,
          });
          for (const wake of this.waiters.splice(0)) wake();
          answer();
        })
        .catch(answer);
    });
  }

  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
  async waitForMessages(count: number, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} message(s), got ${this.messages.length} after ${timeoutMs} ms`);
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
    this.release();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
