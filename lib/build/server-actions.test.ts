import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knownActionsFile, readKnownActions, recordKnownActions } from "./server-actions";

function distWith(manifest: unknown): string {
  const dist = mkdtempSync(path.join(tmpdir(), "actions-"));
  mkdirSync(path.join(dist, "server"));
  if (manifest !== undefined) {
    writeFileSync(path.join(dist, "server", "server-reference-manifest.json"), JSON.stringify(manifest));
  }
  return dist;
}

describe("the build's server actions", () => {
  it("records the consultation action and every known id (Next 16's manifest shape)", () => {
    const dist = distWith({
      node: { "60aa": { workers: {}, filename: "lib/consultation/actions.ts", exportedName: "requestConsultation" } },
      edge: {},
    });
    expect(recordKnownActions(dist)).toEqual({ consultation: "60aa", ids: ["60aa"] });
    expect(JSON.parse(readFileSync(path.join(dist, knownActionsFile), "utf8"))).toEqual({
      consultation: "60aa",
      ids: ["60aa"],
    });
  });

  it("fails loudly, saying what it expected, when the build output changed shape", () => {
    expect(() => readKnownActions(distWith(undefined))).toThrow(/server-reference-manifest\.json.*missing/);
    expect(() => readKnownActions(distWith({ actions: {} }))).toThrow(/no "node" object/);
    expect(() => readKnownActions(distWith({ node: { "1": { exportedName: "other" } } }))).toThrow(
      /found 0 entries named requestConsultation/,
    );
  });
});
