import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { knownActionsFile, type KnownActions } from "@/lib/build/server-actions";
import { fieldNames, tokenName } from "./fields";
import type { ConsultationState, FormValues } from "./state";
import { issueToken } from "./token";

/**
 * Forms that outlive a release. Every build derives the consultation action's id from the site's
 * own key (next.config.mjs), so a form rendered by an earlier release normally just works. If an
 * id is still unknown (the action was renamed or moved, or the request is not ours), Next.js would
 * answer a bare 409 "Server Action unavailable.". The proxy catches that case first:
 *  - with JavaScript (a `next-action` header), the posted answers are for the consultation form on
 *    this page, so the request is handed to this release's consultation action;
 *  - without JavaScript (the id is in the multipart body, which a proxy cannot change), the
 *    person gets the form again, answers kept, with a calm line asking to press the button again.
 *    The answers and the form's own signed token travel to that page in a request header set by
 *    the proxy (never logged, never stored). The token keeps the time the form was first shown,
 *    so the spam checks are not reset; a header made up by a client only fills in its own form.
 */
export const resendHeader = "x-shamynds-resend";

let known: KnownActions | null | undefined;

/** This build's actions (written after `next build`, lib/build/server-actions.ts); null in development. */
export function knownActions(): KnownActions | null {
  if (known !== undefined) return known;
  try {
    // turbopackIgnore: the build output of the folder the server runs in, read once at run time.
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", knownActionsFile);
    known = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as KnownActions;
  } catch {
    known = null;
  }
  return known;
}

/** The action ids a no-JavaScript form post names ($ACTION_ID_<id>, or $ACTION_<n>:0 = {"id": …}). */
export function postedActionIds(form: FormData): string[] {
  const ids: string[] = [];
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION_ID_")) ids.push(name.slice("$ACTION_ID_".length));
    else if (/^\$ACTION_\d+:0$/.test(name) && typeof value === "string") {
      try {
        const id = (JSON.parse(value) as { id?: unknown }).id;
        if (typeof id === "string") ids.push(id);
      } catch {
        ids.push(value);
      }
    }
  }
  return ids;
}

// Echoed values are capped, as in submit.ts.
const echoMax = 300;
const text = z.string().max(echoMax).catch("");
const resendSchema = z.object({
  values: z.object(Object.fromEntries(fieldNames.map((name) => [name, text]))),
  token: text,
});

/** The form's answers and its token (the form's own field, or the "form shown" cookie's), for the resend header. */
export function encodeResend(form: FormData, startedToken: string | undefined): string {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, echoMax) : "";
  };
  const values = Object.fromEntries(fieldNames.map((name) => [name, field(name)]));
  const token = field(tokenName) || (startedToken ?? "").slice(0, echoMax);
  return Buffer.from(JSON.stringify({ values, token })).toString("base64url");
}

/**
 * The state the resend page starts from: status "updated", the answers, and the form's original
 * token (without one, a new token: the minimum fill time then runs from now).
 */
export function resendState(
  header: string | null,
  { formKey, now }: { formKey: Buffer; now: number },
): ConsultationState | undefined {
  if (!header) return undefined;
  try {
    const parsed = resendSchema.safeParse(JSON.parse(Buffer.from(header, "base64url").toString("utf8")));
    if (!parsed.success) return undefined;
    return {
      status: "updated",
      values: parsed.data.values as FormValues,
      fieldErrors: {},
      token: parsed.data.token || issueToken(formKey, now),
      attempt: 1,
    };
  } catch {
    return undefined;
  }
}
