import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { clinicFile, clinicSchema, formatHours } from "./clinic";
import { closureSchema, formatClosureDates, telHref, upcomingClosures } from "./clinic-schema";

const clinicYaml = () => parse(readFileSync(clinicFile, "utf8")) as Record<string, unknown>;

describe("content/clinic.yaml", () => {
  it("is valid as committed", () => {
    expect(clinicSchema.safeParse(clinicYaml()).success).toBe(true);
  });

  it("refuses a clinic without fees, insurance, payment, directions, referrals or a map link", () => {
    for (const field of ["fees", "insurance", "payment", "directions", "referrals", "mapUrl"]) {
      const data = clinicYaml();
      delete data[field];
      const result = clinicSchema.safeParse(data);
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
    }
  });

  it("accepts a maps link but not an embed over http or a script URL", () => {
    const withMap = (mapUrl: string) => clinicSchema.safeParse({ ...clinicYaml(), mapUrl }).success;
    expect(withMap("https://www.openstreetmap.org/search?query=Sacramento")).toBe(true);
    expect(withMap("http://maps.example/embed")).toBe(false);
    expect(withMap("javascript:alert(1)")).toBe(false);
  });

  it("keeps closures optional", () => {
    const data = clinicYaml();
    delete data.closures;
    const result = clinicSchema.safeParse(data);
    expect(result.success && result.data.closures).toEqual([]);
  });

  it("writes hours with no-break spaces so 5:00 PM never wraps between the number and PM", () => {
    const line = formatHours(clinicSchema.parse(clinicYaml()))[0];
    expect(line).toBe("Monday–Friday: 9:00\u00a0AM–5:00\u00a0PM");
  });
});

describe("closures", () => {
  it("take a single day or a period, with quoted YYYY-MM-DD dates", () => {
    expect(closureSchema.safeParse({ date: "2027-01-15", reason: "Staff training" }).success).toBe(true);
    expect(closureSchema.safeParse({ from: "2026-12-24", to: "2026-12-26", reason: "Holidays" }).success).toBe(true);
  });

  it("refuse unquoted or impossible dates, a period that ends before it starts, a missing reason and unknown fields", () => {
    const bad = [
      { date: new Date("2027-01-15"), reason: "Unquoted in YAML" },
      { date: "2027-02-30", reason: "No such day" },
      { date: "15/01/2027", reason: "Wrong order" },
      { from: "2026-12-26", to: "2026-12-24", reason: "Backwards" },
      { date: "2027-01-15" },
      { date: "2027-01-15", reason: "Both shapes", to: "2027-01-16" },
    ];
    for (const closure of bad) expect(closureSchema.safeParse(closure).success, JSON.stringify(closure)).toBe(false);
  });

  it("that have ended drop out; the rest come soonest first; a period still running stays", () => {
    const closures = [
      { date: "2027-01-15", reason: "Staff training" },
      { date: "2026-11-01", reason: "Past" },
      { from: "2026-11-30", to: "2026-12-02", reason: "Running" },
    ];
    expect(upcomingClosures(closures, "2026-12-01")).toEqual([
      { from: "2026-11-30", to: "2026-12-02", reason: "Running" },
      { from: "2027-01-15", to: "2027-01-15", reason: "Staff training" },
    ]);
  });

  it("are written in words", () => {
    expect(formatClosureDates({ from: "2027-01-15", to: "2027-01-15" })).toBe("Friday, January 15, 2027");
    expect(formatClosureDates({ from: "2026-12-24", to: "2026-12-26" })).toBe("December 24–26, 2026");
  });
});

describe("telHref", () => {
  it("links real numbers and not placeholders", () => {
    expect(telHref("(916) 555-0143")).toBe("tel:9165550143");
    expect(telHref("[PLACEHOLDER: referral fax number]")).toBeUndefined();
  });
});
