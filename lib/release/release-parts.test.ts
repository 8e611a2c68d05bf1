import { mkdtempSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { releaseLayout } from "./layout";
import { acquireLock } from "./lock";
import { emptyState, readState, writeState } from "./state";
import { whyItFailed } from "./steps";
import { switchTraffic, upstreamConfig } from "./switch";

const tempRoot = () => mkdtempSync(path.join(tmpdir(), "release-parts-"));

describe("release parts", () => {
  it("sends nginx to the live slot, with the other as a backup for refused connections only", () => {
    expect(upstreamConfig(3001, 3000)).toContain("server 127.0.0.1:3001;\nserver 127.0.0.1:3000 backup;\n");
  });

  it("switches the upstream file, the current link and the asset links (newest first) together", () => {
    const layout = releaseLayout(tempRoot());
    switchTraffic(layout, { livePort: 3001, otherPort: 3000, keptIds: ["b", "a"] });
    expect(readFileSync(layout.upstream, "utf8")).toContain("server 127.0.0.1:3001;");
    expect(readlinkSync(layout.current)).toBe(path.join("releases", "b"));
    expect(readlinkSync(path.join(layout.assets, "1"))).toBe(path.join("..", "releases", "b", "web"));
    expect(readlinkSync(path.join(layout.assets, "2"))).toBe(path.join("..", "releases", "a", "web"));
    expect(readlinkSync(path.join(layout.assets, "3"))).toBe(path.join("..", "releases", "none", "web"));
  });

  it("a failed reload command throws (the caller puts the files back)", () => {
    const layout = releaseLayout(tempRoot());
    expect(() => switchTraffic(layout, { livePort: 1, otherPort: 2, keptIds: ["a"], reload: "exit 3" })).toThrow();
  });

  it("keeps the state in one file, written whole", () => {
    const file = path.join(tempRoot(), "state.json");
    expect(readState(file)).toEqual(emptyState);
    const state = {
      live: { id: "r1", port: 3000, since: "2026-12-05T14:02:00.000Z" },
      releases: [{ id: "r1", commit: "abc", subject: "s", by: "ana", builtAt: "2026-12-05T14:01:00.000Z" }],
      history: [{ id: "r1", action: "release" as const, by: "ana", at: "2026-12-05T14:02:00.000Z" }],
    };
    writeState(file, state);
    expect(readState(file)).toEqual(state);
  });

  it("lets one release run at a time, and takes over the lock of a process that died", () => {
    const file = path.join(tempRoot(), "release.lock");
    const unlock = acquireLock(file);
    expect(() => acquireLock(file)).toThrow(/another release is running/);
    unlock();
    writeFileSync(file, "999999999");
    acquireLock(file)();
  });

  it("says why a step failed: the findings with their file and line, then the last lines", () => {
    const output = ["noise", "content/articles/a.mdx:7:1  error  Unknown component <Calout>", "x", "Failed."].join(
      "\n",
    );
    const why = whyItFailed(output, 2);
    expect(why.split("\n")[0]).toContain("content/articles/a.mdx:7:1");
    expect(why).toContain("Failed.");
    expect(why).not.toContain("noise");
  });
});
