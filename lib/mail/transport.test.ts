import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestSmtpServer } from "@/tests/support/smtp";
import { consultationEmail } from "./consultation-email";
import { listMailbox, readMailboxFile } from "./mailbox";
import { createMailer, smtpTransportOptions } from "./transport";

const mail = consultationEmail({
  reference: "SM-ABCDEF",
  request: {
    firstName: "Ana",
    lastName: "<b>Pérez</b>",
    email: "ana@example.org",
    phone: "916 555 0142",
    contactMethod: "email",
    bestTime: "any",
    language: "en",
  },
  submittedAt: Date.UTC(2026, 10, 26, 18, 0, 0),
  from: "ShaMynds website <no-reply@shamynds.example>",
  to: ["intake@shamynds.example", "second@shamynds.example"],
});

describe("SMTP TLS policy", () => {
  it("requires STARTTLS for any host other than loopback", () => {
    const options = smtpTransportOptions("smtp://user:p%40ss@mail.example.com:587", false);
    expect(options).toMatchObject({
      host: "mail.example.com",
      port: 587,
      secure: false,
      requireTLS: true,
    });
    expect(options.auth).toEqual({ user: "user", pass: "p@ss" });
    expect(options.tls).toBeUndefined();
  });

  it("uses implicit TLS for smtps:// (port 465 by default)", () => {
    expect(smtpTransportOptions("smtps://mail.example.com", false)).toMatchObject({
      port: 465,
      secure: true,
      requireTLS: false,
    });
  });

  it("lets loopback relays go without TLS", () => {
    for (const url of ["smtp://127.0.0.1:2525", "smtp://localhost:25", "smtp://[::1]:25"]) {
      expect(smtpTransportOptions(url, false).requireTLS, url).toBe(false);
    }
  });

  it("drops the requirement only with SMTP_INSECURE=1", () => {
    expect(smtpTransportOptions("smtp://mail.example.com:25", true)).toMatchObject({
      requireTLS: false,
      tls: { rejectUnauthorized: false },
    });
  });

  it("ignores URL query options that would weaken it", () => {
    expect(smtpTransportOptions("smtp://mail.example.com:587?requireTLS=false&ignoreTLS=true", false)).toMatchObject({
      requireTLS: true,
    });
    expect(smtpTransportOptions("smtp://mail.example.com:587?ignoreTLS=true", false)).not.toHaveProperty("ignoreTLS");
  });
});

describe("delivery through a real SMTP server", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
  });
  afterAll(() => smtp.stop());

  it("resolves once the server accepted the message, with every header and body in place", async () => {
    const mailer = createMailer({
      smtpUrl: smtp.url,
      smtpInsecure: false,
      dataDir: "/nonexistent",
    });
    expect(mailer.kind).toBe("smtp");
    await mailer.send(mail);
    const [received] = await smtp.waitForMessages(1);
    expect(received?.to).toEqual(["intake@shamynds.example", "second@shamynds.example"]);
    expect(received?.from).toBe("no-reply@shamynds.example");
    const parsed = received!.parsed;
    expect(parsed.subject).toBe("New consultation request SM-ABCDEF");
    expect(parsed.replyTo?.value[0]?.address).toBe("ana@example.org");
    expect(parsed.messageId).toBe("<consultation.SM-ABCDEF@shamynds.example>");
    expect(parsed.text).toContain("Last name: <b>Pérez</b>");
    expect(parsed.html).toContain("&lt;b&gt;Pérez&lt;/b&gt;");
  });

  it("rejects when the server refuses the message", async () => {
    smtp.rejectNext = 1;
    const mailer = createMailer({
      smtpUrl: smtp.url,
      smtpInsecure: false,
      dataDir: "/nonexistent",
    });
    await expect(mailer.send(mail)).rejects.toMatchObject({
      responseCode: 451,
    });
  });

  // A plain-text SMTP server on this machine's non-loopback address stands in for a remote one.
  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal)?.address;

  it.skipIf(!external)("refuses to send in clear text to a non-loopback server", async () => {
    const plain = await TestSmtpServer.start(0, external);
    try {
      const remoteUrl = plain.url;
      const strict = createMailer({
        smtpUrl: remoteUrl,
        smtpInsecure: false,
        dataDir: "/nonexistent",
      });
      await expect(strict.send(mail)).rejects.toThrow(/STARTTLS/i);
      expect(plain.messages).toHaveLength(0);
      const insecure = createMailer({
        smtpUrl: remoteUrl,
        smtpInsecure: true,
        dataDir: "/nonexistent",
      });
      await insecure.send(mail);
      expect(plain.messages).toHaveLength(1);
    } finally {
      await plain.stop();
    }
  });
});

describe("embedded mailbox (SMTP_URL unset)", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "mailbox-"));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("writes each message as an .eml file that mail tools can parse", async () => {
    const mailer = createMailer({ smtpInsecure: false, dataDir });
    expect(mailer.kind).toBe("mailbox");
    expect(mailer.description).toContain(path.join(dataDir, "mailbox"));
    await mailer.send(mail);
    const files = readdirSync(path.join(dataDir, "mailbox"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-SM-ABCDEF\.eml$/);
    const parsed = await simpleParser(readFileSync(path.join(dataDir, "mailbox", files[0]!)));
    expect(parsed.subject).toBe("New consultation request SM-ABCDEF");
    expect(parsed.replyTo?.value[0]?.address).toBe("ana@example.org");

    const listed = await listMailbox(dataDir);
    expect(listed.map((entry) => entry.subject)).toEqual(["New consultation request SM-ABCDEF"]);
    expect(await readMailboxFile(dataDir, files[0]!)).toContain("Subject: New consultation request SM-ABCDEF");
    expect(await readMailboxFile(dataDir, "../consultations.db")).toBeNull();
    expect(await readMailboxFile(dataDir, "missing.eml")).toBeNull();
  });
});
