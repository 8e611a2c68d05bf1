import Link from "next/link";
import type { StudioCommit } from "@/lib/studio/publishing/git";
import { pageForFile } from "@/lib/studio/publishing/page-names";

/** In the clinic's own time, whatever the server's zone. */
const when = (iso: string) =>
  new Date(iso).toLocaleString("en-US", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "America/Los_Angeles",
    timeZoneName: "short",
  });

/** Who published what and when, with "Undo this change" (a revert, released the same way). */
export function HistoryTable({ history }: { history: StudioCommit[] }) {
  if (history.length === 0) return <p className="mt-2">Nothing has been published from the studio yet.</p>;
  return (
    <table className="mt-2 w-full text-left">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Pages</th>
          <th scope="col">
            <span className="sr-only">Undo</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {history.map((entry) => (
          <tr key={entry.commit} className="border-t align-top">
            <td>{when(entry.at)}</td>
            <td>{entry.author}</td>
            <td>
              {entry.kind === "undo" ? "Undo: " : ""}
              {entry.message}
              {entry.undone && <span className="ml-1 rounded bg-slate-200 px-1 text-sm">undone</span>}
            </td>
            <td>
              <ul>
                {entry.files.map((file) => {
                  const page = pageForFile(file);
                  return <li key={file}>{page.url ? <Link href={page.url}>{page.label}</Link> : page.label}</li>;
                })}
              </ul>
            </td>
            <td>
              {!entry.undone && entry.kind === "publish" && (
                <form method="post" action="/api/studio/undo">
                  <input type="hidden" name="commit" value={entry.commit} />
                  <button type="submit" className="underline">
                    Undo this change
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
