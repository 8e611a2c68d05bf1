import Link from "next/link";
import type { Job } from "@/lib/studio/publishing/job-store";

/** The latest publish or undo: running, live since…, or which step failed and what to do. */
export function JobSummary({ job }: { job: Job }) {
  const what = job.kind === "undo" ? "Undo" : "Publish";
  const outcome = job.outcome;
  return (
    <p
      role="status"
      className={`mt-4 rounded border-l-4 p-3 ${!outcome ? "border-sky-700 bg-sky-50" : outcome.ok ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}
    >
      {!outcome && (
        <>
          {what} by {job.by} is running…{" "}
        </>
      )}
      {outcome?.ok && (
        <>
          {what} by {job.by}: Live since {outcome.liveSince}.{" "}
        </>
      )}
      {outcome && !outcome.ok && (
        <>
          {what} by {job.by} failed at “{outcome.step}”. {outcome.advice}{" "}
        </>
      )}
      <Link href={`/jobs/${job.id}`} className="underline">
        Details
      </Link>
    </p>
  );
}
