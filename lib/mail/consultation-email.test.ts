import { describe, expect, it } from "vitest";
import { consultationEmail, formatClinicTime } from "./consultation-email";
import { escapeHtml } from "./escape-html";

const request = {
  firstName: "Ana",
  lastName: "Pérez",
  email: "ana@example.org",
  phone: "(916) 555-0142",
  contactMethod: "text" as const,
  bestTime: "evening" as const,
  language: "en" as "en" | "es",
};
// 2026-07-04 19:30 UTC is 12:30 PDT; 2026-12-01 20:15 UTC is 12:15 PST.
const summer = Date.UTC(2026, 6, 4, 19, 30, 0);
const winter = Date.UTC(2026, 11, 1, 20, 15, 0);

function render(overrides: Partial<typeof request> = {}, submittedAt = summer) {
  return consultationEmail({
    reference: "SM-7K3F9Q",
    request: { ...request, ...overrides },
    submittedAt,
    from: "ShaMynds website <no-reply@shamynds.example>",
    to: ["intake@shamynds.example", "backup@shamynds.example"],
  });
}

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and quoted attributes", () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
    );
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml("Pérez-O’Neil")).toBe("Pérez-O’Neil");
  });
});

describe("consultation email", () => {
  it("has a neutral subject: the reference only, no name, no health words", () => {
    const mail = render();
    expect(mail.subject).toBe("New consultation request SM-7K3F9Q");
    expect(mail.subject).not.toMatch(/Ana|Pérez|ketamine|depress|anxiety/i);
  });

  it("lists every field in the text body, with the time in Los Angeles", () => {
    const { text } = render();
    for (const line of [
      "Reference: SM-7K3F9Q",
      "First name: Ana",
      "Last name: Pérez",
      "Email: ana@example.org",
      "Phone: (916) 555-0142",
      "Preferred contact method: Text message",
      "Best time to reach them: Evening",
      "Submitted: Saturday, July 4, 2026 at 12:30:00 PM PDT",
    ]) {
      expect(text).toContain(line);
    }
  });

  it("formats winter times in PST", () => {
    expect(formatClinicTime(winter)).toBe("Tuesday, December 1, 2026 at 12:15:00 PM PST");
  });

  it("escapes every submitted value in the HTML body", () => {
    const { html, text } = render({
      firstName: "<script>alert(1)</script>",
      lastName: `"><img src=x onerror=alert(1)>`,
    });
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    // The text body is plain text: shown as typed.
    expect(text).toContain("First name: <script>alert(1)</script>");
  });

  it("replies to the person, addresses the staff list and has a stable Message-ID", () => {
    const mail = render();
    expect(mail.replyTo).toBe("ana@example.org");
    expect(mail.to).toEqual(["intake@shamynds.example", "backup@shamynds.example"]);
    expect(mail.messageId).toBe("<consultation.SM-7K3F9Q@shamynds.example>");
    expect(render().messageId).toBe(mail.messageId);
  });
});

describe("the person's language and optional contact details", () => {
  it("says the preferred language in English, keeps the subject neutral, and marks a detail not given", () => {
    const mail = render({ language: "es", email: "", contactMethod: "text" });
    expect(mail.text).toContain("Preferred language: Spanish");
    expect(mail.text).toContain("Email: (not given)");
    expect(mail.html).toContain("Preferred language");
    expect(mail.subject).toBe("New consultation request SM-7K3F9Q");
    expect(mail.replyTo).toBeUndefined();
    expect(render().text).toContain("Preferred language: English");
  });
});
