import { bestTimeLabel, contactMethodLabel, contactMethodPhrase } from "@/lib/consultation/fields";
import { languageNameForStaff } from "@/lib/consultation/messages";
import type { ConsultationRequest } from "@/lib/consultation/schema";
import { escapeHtml } from "./escape-html";

export type OutgoingMail = {
  reference: string;
  from: string;
  to: string[];
  /** The person's email, when they gave one. */
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
};

const clinicTime = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/Los_Angeles",
  dateStyle: "full",
  timeStyle: "long",
});

/** "Thursday, November 26, 2026 at 2:05:07 PM PST": the clinic's own time, whatever the server's. */
export function formatClinicTime(epochMs: number): string {
  return clinicTime.format(new Date(epochMs));
}

/**
 * The staff notification. The subject names nothing but the reference (it shows on lock screens
 * and in mail logs); the body holds only what staff need to call back.
 */
export function consultationEmail(input: {
  reference: string;
  request: ConsultationRequest;
  submittedAt: number;
  from: string;
  to: string[];
}): OutgoingMail {
  const { reference, request } = input;
  const rows: [string, string][] = [
    ["Reference", reference],
    ["First name", request.firstName],
    ["Last name", request.lastName],
    // Email and phone are each optional unless the chosen method needs it: say so rather than leave a blank.
    ["Email", request.email || "(not given)"],
    ["Phone", request.phone || "(not given)"],
    ["Preferred contact method", contactMethodLabel(request.contactMethod)],
    ["Best time to reach them", bestTimeLabel(request.bestTime)],
    ["Preferred language", languageNameForStaff[request.language]],
    ["Submitted", formatClinicTime(input.submittedAt)],
  ];
  const nextStep = `Please contact them by ${contactMethodPhrase(request.contactMethod)}, usually within one business day.`;
  const caution = "This message contains personal information. Do not forward it outside the clinic.";

  const text = [
    `New consultation request ${reference}`,
    "",
    ...rows.map(([label, value]) => `${label}: ${value}`),
    "",
    nextStep,
    caution,
    "",
  ].join("\n");

  const cell = "padding:6px 12px;border-bottom:1px solid #e9dfcf;text-align:left;vertical-align:top";
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>New consultation request ${escapeHtml(reference)}</title></head>
<body style="font-family:system-ui,sans-serif;color:#1d2a2c;line-height:1.5">
<h1 style="font-size:20px;color:#1a3d3a">New consultation request ${escapeHtml(reference)}</h1>
<table style="border-collapse:collapse">
${rows.map(([label, value]) => `<tr><th scope="row" style="${cell}">${escapeHtml(label)}</th><td style="${cell}">${escapeHtml(value)}</td></tr>`).join("\n")}
</table>
<p>${escapeHtml(nextStep)}</p>
<p style="color:#4a5a5d;font-size:14px">${escapeHtml(caution)}</p>
</body></html>
`;

  return {
    reference,
    from: input.from,
    to: input.to,
    ...(request.email ? { replyTo: request.email } : {}),
    subject: `New consultation request ${reference}`,
    text,
    html,
    // Stable per request: if a crash ever makes us send twice, mail clients show one message.
    messageId: `<consultation.${reference}@${senderDomain(input.from)}>`,
  };
}

function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match?.[1] ?? "shamynds.invalid";
}
