import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { knownActionsFile, type KnownActions } from "@/lib/build/server-actions";
import { fieldNames } from "./fields";
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
 *    The answers travel to that page in a request header set by the proxy (never logged, never
 *    stored; any such header from outside is removed).
 */
export const resendHeader = "x-shamynds-resend";

let known: KnownActions | null | undefined;

/** This build's actions (written after `next build`, lib/build/server-actions.ts); null in development. */
export function knownActions(): KnownActions | null {
  if (known !== undefined) return known;
  try {
    // turbopackIgnore: the build output of the folder the server runs in, read once at run time.
    const file = path.join(process.cwd(), ".next", knownActionsFile);
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
const valueSchema = z.string().max(300).catch("");
const resendSchema = z.object(Object.fromEntries(fieldNames.map((name) => [name, valueSchema])));

/** The form's answers, for the resend header. */
export function encodeResend(form: FormData): string {
  const values = Object.fromEntries(
    fieldNames.map((name) => {
      const value = form.get(name);
      return [name, typeof value === "string" ? value.slice(0, 300) : ""];
    }),
  );
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/**
 * The state the resend page starts from: status "updated", the answers, and a form token dated
 * back by the minimum fill time, so the next press is accepted straight away.
 */
export function resendState(
  header: string | null,
  { formKey, now, minFillMs }: { formKey: Buffer; now: number; minFillMs: number },
): ConsultationState | undefined {
  if (!header) return undefined;
  try {
    const parsed = resendSchema.safeParse(JSON.parse(Buffer.from(header, "base64url").toString("utf8")));
    if (!parsed.success) return undefined;
    return {
      status: "updated",
      values: parsed.data as FormValues,
      fieldErrors: {},
      token: issueToken(formKey, now - minFillMs),
      attempt: 1,
    };
  } catch {
    return undefined;
  }
}
