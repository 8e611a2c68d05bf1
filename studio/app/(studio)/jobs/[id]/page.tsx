import { notFound } from "next/navigation";
import { readJob } from "@/lib/studio/publishing/jobs";
import { currentStaff } from "@/lib/studio/request-user";
import { studioDataDir } from "@/lib/studio/settings";
import { JobSummary } from "../../../../components/job-summary";
import { StudioHeader } from "../../../../components/studio-header";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** A publish or undo as it happens: the page reloads itself every 2 s until it ends (no script). */
export default async function JobPage({ params }: Props) {
  const staff = await currentStaff();
  const job = readJob(studioDataDir, (await params).id);
  if (!job) notFound();
  return (
    <>
      {!job.outcome && <meta httpEquiv="refresh" content="2" />}
      <StudioHeader name={staff.name} />
      <h1 className="mt-6 text-2xl font-bold">
        {job.kind === "undo" ? "Undo" : "Publish"}: {job.message}
      </h1>
      <JobSummary job={job} />
      <h2 className="mt-6 text-xl font-bold">Steps</h2>
      <pre className="mt-2 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-100">{job.lines.join("\n")}</pre>
    </>
  );
}
