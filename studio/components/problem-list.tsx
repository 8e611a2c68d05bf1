import type { ContentProblem } from "@/lib/content/problems";
import { pageForFile } from "@/lib/studio/publishing/page-names";

/** Each finding in plain words next to its file and line, with its fix: the content check's own. */
export function ProblemList({ groups, changed }: { groups: [string, ContentProblem[]][]; changed: string[] }) {
  if (groups.length === 0) return <p className="mt-2">No problems found.</p>;
  return (
    <div className="mt-2 space-y-4">
      {groups.map(([file, problems]) => (
        <section key={file} aria-label={file}>
          <h3 className="font-semibold">
            {pageForFile(file).label} <span className="font-normal text-slate-700">({file})</span>
            {changed.includes(file) && <span className="ml-2 rounded bg-amber-100 px-1 text-sm">changed</span>}
          </h3>
          <ul className="mt-1 space-y-2">
            {problems.map((problem, index) => (
              <li
                key={index}
                className={`rounded border-l-4 p-2 ${problem.severity === "error" ? "border-red-700 bg-red-50" : "border-amber-600 bg-amber-50"}`}
              >
                <p>
                  <strong>{problem.severity === "error" ? "Must fix" : "Consider"}</strong>
                  {problem.line ? `, line ${problem.line}` : ""} ({problem.rule}): {problem.message}
                </p>
                <p>
                  <strong>Fix:</strong> {problem.fix}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
