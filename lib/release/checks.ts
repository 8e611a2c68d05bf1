import { parse } from "parse5";
import { messagesFor } from "@/lib/consultation/messages";
import { sleep } from "./processes";

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

/** Waits until the slot's /api/health answers 200 for this release (not a leftover server on the port). */
export async function waitForRelease(origin: string, id: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) });
      const body = (await response.json()) as { release?: unknown };
      if (response.status === 200 && body.release === id) return;
      last = `HTTP ${response.status}, release ${String(body.release)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`${origin}/api/health did not report release ${id} within ${timeoutMs / 1000} s (last: ${last})`);
}

/**
 * What a release must do before it takes traffic: a prerendered page, the consultation form, and
 * that a form rendered by `formOrigin` (the live release, when there is one) reaches the new
 * release's action. The form is posted empty: the answer is the form with its field errors
 * (nothing stored, nothing mailed), never 409 "Server Action unavailable." or a 5xx.
 */
export async function checkRelease(origin: string, formOrigin: string): Promise<void> {
  const home = await fetch(`${origin}/`);
  if (home.status !== 200 || !(await home.text()).includes("<h1")) {
    throw new Error(`GET / answered ${home.status} without a page heading`);
  }
  if (!home.headers.get("x-nextjs-prerender")) {
    throw new Error("GET / was rendered per request; expected the prerendered home page (x-nextjs-prerender)");
  }
  const page = await fetch(`${formOrigin}/consultation`);
  const form = consultationForm(await page.text());
  if (page.status !== 200 || !form)
    throw new Error(`GET ${formOrigin}/consultation answered ${page.status} without the form`);
  const data = new FormData();
  for (const [name, value] of form) data.append(name, value);
  const answer = await fetch(`${origin}/consultation`, {
    method: "POST",
    body: data,
    headers: { origin, accept: "text/html", cookie: cookies(page.headers.getSetCookie()) },
  });
  const html = await answer.text();
  if (answer.status !== 200 || !html.includes('aria-invalid="true"')) {
    throw new Error(
      `an empty consultation form from ${formOrigin} posted to the new release answered ${answer.status}` +
        ` (${html.slice(0, 80).replace(/\s+/g, " ")}…); expected the form with its field errors`,
    );
  }
  // A form naming an action no build knows comes back as the form, answers kept (stale-form.ts).
  const unknown = new FormData();
  for (const [name, value] of form) {
    const renamed = /^\$ACTION_\d+:0$/.test(name)
      ? value.replace(/"id":"[0-9a-f]+"/, `"id":"7f${"0".repeat(40)}"`)
      : value;
    unknown.append(name.startsWith("$ACTION_ID_") ? `$ACTION_ID_7f${"0".repeat(40)}` : name, renamed);
  }
  unknown.set("firstName", "Release check");
  const stale = await fetch(`${origin}/consultation`, {
    method: "POST",
    body: unknown,
    headers: { origin, accept: "text/html", cookie: cookies(page.headers.getSetCookie()) },
  });
  const again = await stale.text();
  if (
    stale.status !== 200 ||
    !again.includes(messagesFor("en").updated.slice(0, 40)) ||
    !again.includes("Release check")
  ) {
    throw new Error(
      `a form naming an unknown server action answered ${stale.status} (${again.slice(0, 80).replace(/\s+/g, " ")}…);` +
        ' expected the form again with its answers and the "we updated our website" line (lib/consultation/stale-form.ts)',
    );
  }
}

/** The hidden inputs of the consultation form (the one with the signed formToken). */
export function consultationForm(html: string): [string, string][] | undefined {
  const forms: Node[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === "form") forms.push(node);
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parse(html) as unknown as Node);
  for (const form of forms) {
    const inputs: [string, string][] = [];
    const collect = (node: Node) => {
      const attrs = Object.fromEntries((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
      if (node.nodeName === "input" && attrs.type === "hidden" && attrs.name)
        inputs.push([attrs.name, attrs.value ?? ""]);
      for (const child of node.childNodes ?? []) collect(child);
    };
    collect(form);
    if (inputs.some(([name]) => name === "formToken")) return inputs;
  }
  return undefined;
}

function cookies(setCookies: string[]): string {
  return setCookies.map((header) => header.split(";")[0]!.trim()).join("; ");
}
