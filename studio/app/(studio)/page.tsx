import Link from "next/link";
import { changedFiles, studioHistory } from "@/lib/studio/publishing/git";
import { pageForFile } from "@/lib/studio/publishing/page-names";
import { recentJobs } from "@/lib/studio/publishing/jobs";
import { checkStudioContent, problemsByFile } from "@/lib/studio/problems";
import { recentConflicts } from "@/lib/studio/edits";
import { currentStaff } from "@/lib/studio/request-user";
import { studioCheckout, studioDataDir } from "@/lib/studio/settings";
import { StudioHeader } from "../../components/studio-header";
import { ProblemList } from "../../components/problem-list";
import { JobSummary } from "../../components/job-summary";
import { HistoryTable } from "../../components/history-table";

export const dynamic = "force-dynamic";

/** The studio's home: what is not published yet, its problems, the Publish button, and history. */
export default async function StudioHome() {
  const staff = await currentStaff();
  const [changes, check, history] = await Promise.all([
    changedFiles(studioCheckout),
    checkStudioContent(studioCheckout),
    studioHistory(studioCheckout, 20),
  ]);
  const changedPaths = changes.map((change) => change.path);
  const lastJob = recentJobs(studioDataDir, 1)[0];
  const conflicts = recentConflicts(studioDataDir, 5);
  const blocked = check.errors > 0;

  return (
    <>
      <StudioHeader name={staff.name} />
      {lastJob && <JobSummary job={lastJob} />}

      <section aria-labelledby="changes" className="mt-6 rounded-lg bg-white p-4 shadow">
        <h2 id="changes" className="text-xl font-bold">
          Not published yet
        </h2>
        {changes.length === 0 ? (
          <p className="mt-2">
            Nothing to publish: every saved change is live. <Link href="/keystatic">Edit content</Link> to make one.
          </p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {changes.map((change) => {
              const page = pageForFile(change.path);
              return (
                <li key={change.path}>
                  {page.label} ({change.change}){" "}
                  {page.url && change.change !== "deleted" && (
                    <Link href={`/preview${page.url}`} className="underline">
                      Preview
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="problems" className="mt-6 rounded-lg bg-white p-4 shadow">
        <h2 id="problems" className="text-xl font-bold">
          Problems ({check.errors} to fix, {check.warnings} to consider)
        </h2>
        <ProblemList groups={problemsByFile(check.problems, changedPaths)} changed={changedPaths} />
      </section>

      {changes.length > 0 && (
        <section aria-labelledby="publish" className="mt-6 rounded-lg bg-white p-4 shadow">
          <h2 id="publish" className="text-xl font-bold">
            Publish
          </h2>
          {blocked ? (
            <p className="mt-2 font-semibold text-red-800">
              Publishing is not possible while {check.errors} problem(s) above must be fixed.
            </p>
          ) : (
            <form method="post" action="/api/studio/publish" className="mt-2 space-y-2">
              <p>
                <label htmlFor="message" className="block font-semibold">
                  What did you change? (a few words, shown in the history)
                </label>
                <input
                  id="message"
                  name="message"
                  required
                  maxLength={120}
                  className="w-full rounded border px-2 py-1"
                />
              </p>
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
                Publish
              </button>
            </form>
          )}
        </section>
      )}

      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts" className="mt-6 rounded-lg bg-white p-4 shadow">
          <h2 id="conflicts" className="text-xl font-bold">
            Saves that were refused
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {conflicts.map((conflict) => (
              <li key={conflict.id}>
                <Link href={`/conflicts/${conflict.id}`} className="underline">
                  {pageForFile(conflict.path).label}: {conflict.refusedBy}&apos;s version,{" "}
                  {conflict.at.slice(0, 16).replace("T", " ")} UTC
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="history" className="mt-6 rounded-lg bg-white p-4 shadow">
        <h2 id="history" className="text-xl font-bold">
          Published changes
        </h2>
        <HistoryTable history={history} />
      </section>
    </>
  );
}
