import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sampleRequest } from "@/tests/support/outbox";
import { consultationEmail } from "./consultation-email";
import { listMailbox } from "./mailbox";
import { htmlPreviewDocument, readMailboxMessage } from "./mailbox-message";
import { createMailer } from "./transport";

const dataDir = mkdtempSync(path.join(tmpdir(), "mailbox-message-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("a mailbox message as /dev/mailbox shows it", () => {
  it("decodes headers and both parts of what the site wrote (no quoted-printable left)", async () => {
    const mailer = createMailer({ smtpInsecure: false, dataDir });
    const request = { ...sampleRequest, lastName: "Pérez-Ñúñez <b>bold</b>" };
    await mailer.send(
      consultationEmail({
        reference: "SM-MAILBX",
        request,
        submittedAt: Date.UTC(2026, 10, 26, 18),
        from: "ShaMynds website <no-reply@shamynds.example>",
        to: ["intake@shamynds.example"],
      }),
    );
    const [entry] = await listMailbox(dataDir);
    const message = await readMailboxMessage(dataDir, entry!.name);
    expect(message).not.toBeNull();
    const headers = Object.fromEntries(message!.headers);
    expect(headers.subject).toBe("New consultation request SM-MAILBX");
    expect(headers.to).toBe("intake@shamynds.example");
    expect(headers["reply-to"]).toBe("ana@example.org");
    expect(message!.text).toContain("Last name: Pérez-Ñúñez <b>bold</b>");
    expect(message!.text).not.toMatch(/=\r?\n|=C3/);
    expect(message!.html).toContain("Pérez-Ñúñez &lt;b&gt;bold&lt;/b&gt;");
    expect(message!.source).toContain("Content-Transfer-Encoding");
  });

  it("unknown or unsafe names are not read", async () => {
    expect(await readMailboxMessage(dataDir, "../consultations.db")).toBeNull();
    expect(await readMailboxMessage(dataDir, "missing.eml")).toBeNull();
  });

  it("the HTML preview document loads nothing and carries its own policy", () => {
    const document = htmlPreviewDocument('<p>Hi</p><img src="https://tracker.example/p.gif">');
    expect(document).toMatch(
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/,
    );
    expect(document).toContain("<p>Hi</p>");
  });
});
