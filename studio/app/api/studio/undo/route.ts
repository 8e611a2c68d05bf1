import { startUndo } from "@/lib/studio/publishing/jobs";
import { staffOf } from "@/lib/studio/request-user";
import { studioCheckout, studioDataDir } from "@/lib/studio/settings";

/** "Undo this change": a revert commit in the person's name, released like any publish. */
export async function POST(request: Request) {
  const staff = staffOf(request);
  if (!staff) return new Response("Log in to the studio first.", { status: 401 });
  const commit = String((await request.formData()).get("commit") ?? "");
  if (!/^[0-9a-f]{40}$/.test(commit)) return new Response("Bad request", { status: 400 });
  const job = startUndo({ checkout: studioCheckout, dataDir: studioDataDir, by: staff.name, commit });
  return new Response(null, { status: 303, headers: { Location: `/jobs/${job.id}` } });
}
