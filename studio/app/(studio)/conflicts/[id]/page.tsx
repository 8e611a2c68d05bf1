import { notFound } from "next/navigation";
import { readConflict } from "@/lib/studio/edits";
import { currentStaff } from "@/lib/studio/request-user";
import { studioDataDir } from "@/lib/studio/settings";
import { StudioHeader } from "../../../../components/studio-header";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Both versions of a file after a refused save: the saved one and the one that was not saved. */
export default async function ConflictPage({ params }: Props) {
  const staff = await currentStaff();
  const conflict = readConflict(studioDataDir, (await params).id);
  if (!conflict) notFound();
  return (
    <>
      <StudioHeader name={staff.name} />
      <h1 className="mt-6 text-2xl font-bold">Two versions of {conflict.path}</h1>
      <p className="mt-2">
        {conflict.savedBy ?? "Someone"} saved this file while {conflict.refusedBy} was editing it. The saved version is
        on the left and is what the editor shows now; {conflict.refusedBy}&apos;s version, which was not saved, is on
        the right. Copy what should stay from the right into the editor, then save.
      </p>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <section aria-label="Saved version">
          <h2 className="font-semibold">Saved ({conflict.savedBy ?? "someone else"})</h2>
          <pre className="overflow-x-auto rounded bg-white p-2 text-sm whitespace-pre-wrap">{conflict.theirs}</pre>
        </section>
        <section aria-label="Version not saved">
          <h2 className="font-semibold">Not saved ({conflict.refusedBy})</h2>
          <pre className="overflow-x-auto rounded bg-white p-2 text-sm whitespace-pre-wrap">{conflict.yours}</pre>
        </section>
      </div>
    </>
  );
}
