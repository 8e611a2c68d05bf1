import { makeRouteHandler } from "@keystatic/next/route-handler";
import { z } from "zod";
import { checkImageUpload } from "@/lib/content/image-upload";
import { conflictsOf, keepConflict, rememberListed, rememberOpened, rememberSaved } from "@/lib/studio/edits";
import { staffOf } from "@/lib/studio/request-user";
import { studioCheckout, studioDataDir } from "@/lib/studio/settings";
import keystaticConfig from "../../../../keystatic.config";

/**
 * Keystatic's own API (local mode, writing into this checkout), with what the studio adds around
 * it: which version of each file a person opened (to refuse a save over someone else's newer
 * one, lib/studio/edits.ts) and the limits on uploaded images.
 */
const keystatic = makeRouteHandler({ config: keystaticConfig, localBaseDirectory: studioCheckout });

const updateBody = z.object({
  additions: z.array(z.object({ path: z.string(), contents: z.string() })),
  deletions: z.array(z.object({ path: z.string() })),
});

export async function GET(request: Request) {
  const staff = staffOf(request);
  const response = await keystatic.GET(request);
  if (!staff || !response.ok) return response;
  const route = new URL(request.url).pathname.replace(/^\/api\/keystatic\//, "");
  const blob = /^blob\/([0-9a-f]{40})\/(.+)$/.exec(route);
  if (blob?.[1] && blob[2]) rememberOpened(staff.sessionId, decodeURIComponent(blob[2]), blob[1]);
  if (route === "tree") rememberListed(staff.sessionId, await response.clone().json());
  return response;
}

export async function POST(request: Request) {
  const staff = staffOf(request);
  const route = new URL(request.url).pathname.replace(/^\/api\/keystatic\//, "");
  if (!staff || route !== "update") return keystatic.POST(request);
  const text = await request.text();
  const parsed = updateBody.safeParse(JSON.parse(text || "null"));
  if (!parsed.success) return new Response("Bad data", { status: 400 });
  const additions = parsed.data.additions.map((file) => ({
    path: file.path,
    contents: Buffer.from(file.contents, "base64url"),
  }));
  const deletions = parsed.data.deletions.map((file) => ({ path: file.path }));

  for (const image of additions.filter((file) => file.path.startsWith("public/images/"))) {
    const verdict = checkImageUpload(image.path.split("/").pop() ?? "", image.contents);
    if (!verdict.ok) return new Response(`The picture was not saved. ${verdict.problem}`, { status: 400 });
  }

  const conflicts = conflictsOf(
    staff.sessionId,
    studioCheckout,
    [...additions, ...deletions].map((file) => file.path),
  );
  if (conflicts.length > 0) {
    const messages = conflicts.map((conflict) => {
      const yours = additions.find((file) => file.path === conflict.path)?.contents ?? Buffer.from("");
      const record = keepConflict(studioDataDir, studioCheckout, conflict, staff.name, yours);
      const who = conflict.savedBy ? `${conflict.savedBy} saved it` : "It was changed";
      return `${conflict.path}: ${who} after you opened it. Your version was not saved, so neither is lost: both are on /conflicts/${record.id} in the studio.`;
    });
    return new Response(
      `Not saved: someone else changed this page while you were editing.\n${messages.join("\n")}\nReload the page to start from the newest version, then copy your changes over from the studio's comparison.`,
      { status: 409 },
    );
  }

  const response = await keystatic.POST(
    new Request(request.url, { method: "POST", headers: request.headers, body: text }),
  );
  if (response.ok) rememberSaved(staff.sessionId, staff.name, [...additions, ...deletions]);
  return response;
}
