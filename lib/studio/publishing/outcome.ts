/**
 * What a release's output means for the person who pressed Publish. The lines are the ones
 * scripts/release.ts prints: `Live since 14:02: <id> on port …` on success, and on failure
 * `Release stopped at "<step>": nothing was switched, …` followed by the reason.
 */
export type JobOutcome = { ok: true; liveSince: string } | { ok: false; step: string; advice: string };

export const advice = {
  contentCheck:
    "The content check found a problem the studio did not catch. Nothing changed on the live site. " +
    "Open Problems, fix it, and publish again.",
  busy: "Someone else is publishing right now. Wait a minute and press Publish again.",
  retry:
    "Nothing changed on the live site. Try again in a few minutes; if it fails again, tell the developer " +
    "and give them this page.",
  // The release prints "nothing was switched" for any failure, but one after the switch (stopping
  // the old release) leaves the new one live: the person must not be told their change is not out.
  liveButUnfinished:
    "Your change is live, but the release did not finish cleanly. Tell the developer and give them this page.",
  stoppedBeforeRelease:
    "The studio stopped before this was published. Nothing changed on the live site; press Publish again.",
  interrupted:
    "The studio stopped while this was being published, so the result is unknown. Look at the live page; " +
    "if your change is not there, press Publish again, or tell the developer.",
} as const;

const liveSince = /^Live since (\d{1,2}:\d{2})\b/;
const stopped = /^Release stopped at "(.*)": /;
// lib/release/lock.ts: the message of a release refused because another one holds the lock.
const lockHeld = /another release is running/;
// lib/release/steps.ts prints "  <step>: done in …" after each step that succeeded.
const switched = /^\s*switch traffic: done in /;

export type ReleaseResult = { outcome: JobOutcome; switched: boolean };

/** `exitCode` is undefined when the release was not this process's child (its code is unknown). */
export function releaseOutcome(lines: readonly string[], exitCode?: number | null): ReleaseResult {
  const wentLive = lines.some((line) => switched.test(line));
  const live = lines.map((line) => liveSince.exec(line)?.[1]).find(Boolean);
  if (live && (exitCode === 0 || exitCode === undefined))
    return { outcome: { ok: true, liveSince: live }, switched: true };

  const stopIndex = lines.findIndex((line) => stopped.test(line));
  const step = stopIndex >= 0 ? stopped.exec(lines[stopIndex]!)![1]! : "release";
  const reason = stopIndex >= 0 ? lines.slice(stopIndex + 1).join("\n") : "";
  if (wentLive) return { outcome: { ok: false, step, advice: advice.liveButUnfinished }, switched: true };
  // Not this process's child, gone without a word: killed (with the studio, or by the machine).
  if (stopIndex < 0 && exitCode === undefined)
    return { outcome: { ok: false, step, advice: advice.interrupted }, switched: false };
  if (lockHeld.test(reason)) return { outcome: { ok: false, step, advice: advice.busy }, switched: false };
  if (step.startsWith("build")) return { outcome: { ok: false, step, advice: advice.contentCheck }, switched: false };
  return { outcome: { ok: false, step, advice: advice.retry }, switched: false };
}
