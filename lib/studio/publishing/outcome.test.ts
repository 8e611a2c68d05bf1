import { describe, expect, it } from "vitest";
import { advice, releaseOutcome } from "./outcome";

const build = "build (content check, next build, script-free pages, server actions)";
const steps = ["• 14:01:02 find the commit…", "  find the commit: done in 0.1 s"];

describe("release outcome", () => {
  it("is live since the time the release printed", () => {
    const lines = [
      ...steps,
      "  switch traffic: done in 0.2 s",
      "Live since 14:02: 20261205T140102Z-abc1234 on port 3001",
      "Done in 53.1 s.",
    ];
    expect(releaseOutcome(lines, 0)).toEqual({ outcome: { ok: true, liveSince: "14:02" }, switched: true });
  });

  it("names the step that failed; a build failure sends staff to Problems", () => {
    const lines = [
      ...steps,
      `Release stopped at "${build}": nothing was switched, the live site is unchanged.`,
      "    content/articles/a.mdx:7:1 error",
    ];
    expect(releaseOutcome(lines, 1)).toEqual({
      outcome: { ok: false, step: build, advice: advice.contentCheck },
      switched: false,
    });
  });

  it("tells staff to wait when another release holds the lock (lib/release/lock.ts)", () => {
    const lines = [
      'Release stopped at "release": nothing was switched, the live site is unchanged.',
      "another release is running (process 4242); wait for it to finish",
    ];
    expect(releaseOutcome(lines, 1).outcome).toEqual({ ok: false, step: "release", advice: advice.busy });
  });

  it("any other failure: try again later, then the developer", () => {
    const lines = [
      'Release stopped at "start it on port 3001": nothing was switched, the live site is unchanged.',
      "timeout",
    ];
    expect(releaseOutcome(lines, 1).outcome).toEqual({
      ok: false,
      step: "start it on port 3001",
      advice: advice.retry,
    });
    expect(releaseOutcome(["Error: RELEASE_PORTS must be two ports"], 1).outcome).toEqual({
      ok: false,
      step: "release",
      advice: advice.retry,
    });
    expect(releaseOutcome([], 0).outcome).toMatchObject({ ok: false, step: "release" });
  });

  it("a failure after the switch is not reported as 'nothing changed'", () => {
    const lines = [
      "  switch traffic: done in 0.2 s",
      'Release stopped at "let the old release finish what it is serving, then stop it": nothing was switched, the live site is unchanged.',
    ];
    expect(releaseOutcome(lines, 1)).toEqual({
      outcome: {
        ok: false,
        step: "let the old release finish what it is serving, then stop it",
        advice: advice.liveButUnfinished,
      },
      switched: true,
    });
  });

  it("a release that vanished without a word (not this process's child) is reported as interrupted", () => {
    expect(releaseOutcome([...steps], undefined).outcome).toMatchObject({ ok: false, advice: advice.interrupted });
  });
});
