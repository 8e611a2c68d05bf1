import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StaffError, addStaff, listStaff, removeStaff, resetPassword, verifyLogin } from "./accounts";
import { createSession, readSession } from "./sessions";

const tempDataDir = () => mkdtempSync(path.join(tmpdir(), "studio-accounts-"));
const password = "correct horse battery";

describe("studio accounts", () => {
  it("keeps a scrypt hash, never the password, in a file only the server can read", async () => {
    const dataDir = tempDataDir();
    await addStaff(dataDir, "  Maria   Lopez ", password);
    const file = path.join(dataDir, "studio", "accounts.json");
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain(password);
    const [account] = JSON.parse(text).accounts;
    expect(account).toMatchObject({ name: "Maria Lopez", key: "maria lopez" });
    expect(account.hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(listStaff(dataDir)).toEqual([
      { name: "Maria Lopez", createdAt: account.createdAt, passwordChangedAt: account.passwordChangedAt },
    ]);
  });

  it("lets the right password in under any spelling of the name, and nothing else", async () => {
    const dataDir = tempDataDir();
    await addStaff(dataDir, "Maria Lopez", password);
    expect(await verifyLogin(dataDir, "MARIA  lopez ", password)).toEqual({ name: "Maria Lopez" });
    expect(await verifyLogin(dataDir, "Maria Lopez", "correct horse battery!")).toBeNull();
    expect(await verifyLogin(dataDir, "Mario Lopez", password)).toBeNull();
    expect(await verifyLogin(tempDataDir(), "Maria Lopez", password)).toBeNull();
  });

  it("refuses a second account for the same person, and names it must not take", async () => {
    const dataDir = tempDataDir();
    await addStaff(dataDir, "Zoë O'Brien-Ngũgĩ", password);
    await expect(addStaff(dataDir, "zoë o'brien-ngũgĩ", password)).rejects.toThrow(/already has a studio account/);
    await expect(addStaff(dataDir, "Ana <ana@x.org>", password)).rejects.toThrow(StaffError);
    await expect(addStaff(dataDir, "A", password)).rejects.toThrow(/at least 2 characters/);
    await expect(addStaff(dataDir, "--", password)).rejects.toThrow(/at least one letter/);
    await expect(addStaff(dataDir, "x".repeat(61), password)).rejects.toThrow(/at most 60/);
  });

  it("asks for 12 to 256 characters of password, in plain words", async () => {
    const dataDir = tempDataDir();
    await expect(addStaff(dataDir, "Maria Lopez", "short one")).rejects.toThrow(
      "The password is too short: it needs at least 12 characters (this one has 9).",
    );
    await expect(addStaff(dataDir, "Maria Lopez", "x".repeat(257))).rejects.toThrow(/too long/);
    expect(listStaff(dataDir)).toEqual([]);
  });

  it("removing someone logs them out everywhere", async () => {
    const dataDir = tempDataDir();
    await addStaff(dataDir, "Maria Lopez", password);
    await addStaff(dataDir, "Sam Lee", password);
    const maria = createSession(dataDir, "Maria Lopez");
    const sam = createSession(dataDir, "Sam Lee");
    removeStaff(dataDir, "maria lopez");
    expect(readSession(dataDir, maria.token)).toBeNull();
    expect(readSession(dataDir, sam.token)?.name).toBe("Sam Lee");
    expect(await verifyLogin(dataDir, "Maria Lopez", password)).toBeNull();
    expect(() => removeStaff(dataDir, "Maria Lopez")).toThrow('There is no studio account for "Maria Lopez".');
  });

  it("a new password logs the person out and the old one stops working", async () => {
    const dataDir = tempDataDir();
    await addStaff(dataDir, "Maria Lopez", password);
    const session = createSession(dataDir, "Maria Lopez");
    await resetPassword(dataDir, "Maria Lopez", "a whole new passphrase");
    expect(readSession(dataDir, session.token)).toBeNull();
    expect(await verifyLogin(dataDir, "Maria Lopez", password)).toBeNull();
    expect(await verifyLogin(dataDir, "Maria Lopez", "a whole new passphrase")).toEqual({ name: "Maria Lopez" });
    await expect(resetPassword(dataDir, "Nobody Here", password)).rejects.toThrow(/no studio account/);
  });
});
