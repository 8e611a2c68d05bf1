import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  blobSha,
  conflictsOf,
  keepConflict,
  readConflict,
  rememberListed,
  rememberOpened,
  rememberSaved,
} from "./edits";

const checkout = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "studio-edits-"));
  writeFileSync(path.join(dir, "page.mdx"), "first version\n");
  return dir;
};
const sha = (text: string) => blobSha(Buffer.from(text));

describe("saves of two people", () => {
  it("uses git's blob hash, as Keystatic names files", () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(sha("hello\n")).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
  });

  it("lets a person save over the version they opened, and then over their own save", () => {
    const dir = checkout();
    rememberOpened("a1", "page.mdx", sha("first version\n"));
    expect(conflictsOf("a1", dir, ["page.mdx"])).toEqual([]);
    writeFileSync(path.join(dir, "page.mdx"), "second version\n");
    rememberSaved("a1", "Ana", [{ path: "page.mdx", contents: Buffer.from("second version\n") }]);
    expect(conflictsOf("a1", dir, ["page.mdx"])).toEqual([]);
  });

  it("refuses a save over someone else's newer save, naming who saved it", () => {
    const dir = checkout();
    rememberOpened("b1", "page.mdx", sha("first version\n"));
    rememberOpened("b2", "page.mdx", sha("first version\n"));
    writeFileSync(path.join(dir, "page.mdx"), "Bo's version\n");
    rememberSaved("b1", "Bo", [{ path: "page.mdx", contents: Buffer.from("Bo's version\n") }]);
    const conflicts = conflictsOf("b2", dir, ["page.mdx"]);
    expect(conflicts).toMatchObject([{ path: "page.mdx", savedBy: "Bo" }]);
  });

  it("counts a file listed when the editor loaded, and never a new file", () => {
    const dir = checkout();
    rememberListed("c1", [{ path: "page.mdx", sha: sha("older\n"), type: "blob" }]);
    expect(conflictsOf("c1", dir, ["page.mdx"])).toHaveLength(1);
    expect(conflictsOf("c1", dir, ["new-page.mdx"])).toEqual([]);
  });

  it("keeps both versions of a refused save", () => {
    const dir = checkout();
    const data = mkdtempSync(path.join(os.tmpdir(), "studio-data-"));
    const record = keepConflict(data, dir, { path: "page.mdx", savedBy: "Bo" }, "Cy", Buffer.from("Cy's version\n"));
    expect(readConflict(data, record.id)).toMatchObject({
      theirs: "first version\n",
      yours: "Cy's version\n",
      refusedBy: "Cy",
    });
    expect(readConflict(data, "../../etc/passwd")).toBeUndefined();
  });
});
