import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listStaff, verifyLogin } from "./accounts";

const root = path.resolve(import.meta.dirname, "../..");

/** `npm run staff -- <args>` as an operator runs it, with the password piped in. */
function staff(dataDir: string, args: string[], input = "") {
  const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/staff.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run staff", { timeout: 60_000 }, () => {
  it("adds a person with the password from standard input, lists and removes them", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "studio-cli-"));
    const added = staff(dataDir, ["add", "Test", "Person"], "a long enough secret\n");
    expect(added).toMatchObject({ code: 0, stdout: "Added Test Person. They can log in to the studio now.\n" });
    expect(await verifyLogin(dataDir, "test person", "a long enough secret")).toEqual({ name: "Test Person" });
    expect(staff(dataDir, ["list"]).stdout).toMatch(/^Test Person {2}\(added \d{4}-\d\d-\d\d/);
    expect(staff(dataDir, ["add", "Test", "Person"], "a long enough secret\n")).toMatchObject({
      code: 1,
      stderr: "Test Person already has a studio account. To change the password, use reset.\n",
    });
    expect(staff(dataDir, ["remove", "Test", "Person"]).code).toBe(0);
    expect(listStaff(dataDir)).toEqual([]);
  });

  it("refuses a short password, and one given as an argument", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "studio-cli-"));
    const short = staff(dataDir, ["add", "Test", "Person"], "too short\r\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("The password is too short: it needs at least 12 characters (this one has 9).");
    const flag = staff(dataDir, ["add", "Test", "Person", "--password=a long enough secret"]);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain("shell history");
    expect(listStaff(dataDir)).toEqual([]);
  });
});
