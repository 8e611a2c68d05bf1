import { changedFiles } from "@/lib/studio/publishing/git";
import { startPublish } from "@/lib/studio/publishing/jobs";
import { checkStudioContent } from "@/lib/studio/problems";
import { staffOf } from "@/lib/studio/request-user";
import { studioCheckout, studioDataDir } from "@/lib/studio/settings";

/**
 * Publish: refused while the content check reports any error (the page hides the button too, but
 * the server decides). Otherwise commits the changes in the person's name and releases them; the
 * person follows it on the job's page.
 */
export async function POST(request: Request) {
  const staff = staffOf(request);
  if (!staff) return new Response("Log in to the studio first.", { status: 401 });
  const form = await request.formData();
  const message =
    String(form.get("message") ?? "")
      .trim()
      .slice(0, 120) || "Content update";
  const changes = await changedFiles(studioCheckout);
  if (changes.length === 0) return redirect("/");
  const check = await checkStudioContent(studioCheckout);
  if (check.errors > 0) {
    return new Response(
      `Not published: the content check found ${check.errors} problem(s) that must be fixed first. Go back to the studio's home page to see them.`,
      { status: 409, headers: { "content-type": "text/plain; charset=utf-8" } },
    );
  }
  const job = startPublish({
    checkout: studioCheckout,
    dataDir: studioDataDir,
    by: staff.name,
    message,
    paths: changes.map((change) => change.path),
  });
  return redirect(`/jobs/${job.id}`);
}

const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location } });
