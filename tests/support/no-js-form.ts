import http from "node:http";

/**
 * The consultation form as a browser without JavaScript sends it, over plain HTTP: GET the page,
 * take the <form>'s action and every named input (React renders a server action for no-JS posts
 * as hidden $ACTION_* inputs, next to our signed formToken), then POST it as multipart/form-data
 * with an Origin header. Hundreds of requests in seconds, where a browser would need minutes.
 * (The same method as bench/consult.mjs.)
 */
export type NoJsForm = {
  action: string;
  /** The "form shown" cookie the page set (lib/consultation/started-cookie.ts), sent back as a browser would. */
  cookie?: string;
  fields: [string, string][];
  checkboxes: [string, string][];
};

export type Person = Record<"firstName" | "lastName" | "email" | "phone" | "contactMethod" | "bestTime", string>;

export type Submission = {
  status: number;
  /** The reference shown on the "Thank you" page, or null. */
  reference: string | null;
  outcome: "accepted" | "rate limited" | "unavailable" | "expired" | "invalid" | "other";
  body: string;
};

export function samplePerson(i: number): Person {
  const methods = ["phone", "text", "email"];
  return {
    firstName: `Tester${i}`,
    lastName: "Example",
    email: `tester${i}@example.test`,
    phone: `(916) 555-${String(1000 + (i % 9000)).padStart(4, "0")}`,
    contactMethod: methods[i % methods.length]!,
    bestTime: "any",
  };
}

export async function loadForm(origin: string): Promise<NoJsForm> {
  const response = await fetch(`${origin}/consultation`, {
    headers: { accept: "text/html" },
  });
  const html = await response.text();
  const form = parseForm(html);
  if (!form) throw new Error(`GET ${origin}/consultation (${response.status}): no consultation form`);
  return { ...form, cookie: cookieOf(response.headers.getSetCookie()) };
}

/** "name=value; …" for a Cookie header, from Set-Cookie headers. */
export function cookieOf(setCookies: string[]): string | undefined {
  const pairs = setCookies.map((header) => header.split(";")[0]!.trim()).filter(Boolean);
  return pairs.length > 0 ? pairs.join("; ") : undefined;
}

/** The POST body for a person; built once so that a retry sends exactly the same form again. */
export async function formBody(form: NoJsForm, person: Person): Promise<{ body: Buffer; contentType: string }> {
  const data = new FormData();
  for (const [name, value] of form.fields) data.append(name, value);
  for (const [name, value] of Object.entries(person)) data.set(name, value);
  for (const [name, value] of form.checkboxes) if (name === "consent") data.set(name, value);
  const request = new Request("http://serialize.invalid/", {
    method: "POST",
    body: data,
  });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get("content-type") ?? "",
  };
}

/** POSTs a form body to an instance, from a chosen local address (127.0.0.x is another client). */
export function submitForm(
  origin: string,
  form: NoJsForm,
  request: { body: Buffer; contentType: string },
  localAddress = "127.0.0.1",
): Promise<Submission> {
  const target = new URL(form.action || "/consultation", `${origin}/consultation`);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: "POST",
        localAddress,
        agent: false,
        headers: {
          "content-type": request.contentType,
          "content-length": request.body.length,
          origin: target.origin,
          accept: "text/html",
          ...(form.cookie ? { cookie: form.cookie } : {}),
        },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("error", reject);
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          const reference = /data-testid="consultation-reference"[^>]*>\s*(SM-[A-Z2-9]{6})/.exec(body)?.[1] ?? null;
          resolve({
            status,
            reference: /Thank you/.test(body) ? reference : null,
            outcome: reference && /Thank you/.test(body) ? "accepted" : classify(body),
            body,
          });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

function classify(html: string): Submission["outcome"] {
  if (/several requests/i.test(html)) return "rate limited";
  if (/could not save your request/i.test(html)) return "unavailable";
  if (/expired|send (it )?again/i.test(html)) return "expired";
  if (/aria-invalid="true"/.test(html)) return "invalid";
  return "other";
}

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g))
    found[match[1]!.toLowerCase()] = decode(match[2] ?? "");
  return found;
}

export function parseForm(html: string): NoJsForm | null {
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)]
    .map((match) => match[0])
    .find((markup) => markup.includes('name="formToken"'));
  if (!form) return null;
  const action = attributes(/<form\b[^>]*>/.exec(form)![0]).action ?? "";
  const fields: [string, string][] = [];
  const checkboxes: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const input = attributes(tag);
    if (!input.name) continue;
    const type = (input.type ?? "text").toLowerCase();
    if (type === "checkbox") checkboxes.push([input.name, input.value || "on"]);
    else if (type !== "radio" && type !== "submit") fields.push([input.name, input.value ?? ""]);
  }
  return {
    action: action.startsWith("javascript:") ? "" : action,
    fields,
    checkboxes,
  };
}
