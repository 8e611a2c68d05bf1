import { describe, expect, it } from "vitest";
import { formatDateIn, formatHoursIn, formatNumberIn } from "./format";
import { messages } from "./messages";

/** Every leaf of a catalogue as "a.b.c" → value, functions included. */
function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else out.set(prefix, value);
  return out;
}

describe("the chrome catalogue (lib/i18n/messages.ts)", () => {
  const english = leaves(messages.en);
  const spanish = leaves(messages.es);

  it("has a Spanish message for every English one, and no Spanish message English lacks", () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  /** Words spelled the same in both languages. */
  const sameInBoth = new Set(["footer.legal", "clinicData.fax"]);

  it("has no empty Spanish message where English has words, and Spanish differs from English", () => {
    for (const [key, value] of english) {
      const es = spanish.get(key);
      expect(typeof es, key).toBe(typeof value);
      if (typeof value === "string" && value !== "") {
        expect((es as string).trim(), key).not.toBe("");
        if (!sameInBoth.has(key)) expect(es, key).not.toBe(value);
      }
    }
  });

  it("formats the message functions in Spanish", () => {
    expect(messages.es.article.readingTime(7)).toBe("7 min de lectura");
    expect(messages.es.feedTitle("ShaMynds Healing Center")).toBe("Artículos de ShaMynds Healing Center");
  });

  it("gives the Lifeline's Spanish instructions in the crisis banner", () => {
    expect(messages.es.crisis.heading).toContain("Llame al 988 y oprima 2");
    expect(messages.es.crisis.text).toContain("AYUDA");
  });
});

describe("Spanish dates, numbers and hours (Intl)", () => {
  it("writes dates, numbers and opening hours in Spanish", () => {
    expect(formatDateIn("es", "2026-03-14")).toBe("14 de marzo de 2026");
    expect(formatDateIn("en", "2026-03-14")).toBe("March 14, 2026");
    expect(formatNumberIn("es", 1234.5)).toMatch(/^1[,.\u00a0 ]?234[.,]5$/);
    const [line] = formatHoursIn("es", [{ days: ["Monday", "Tuesday", "Friday"], opens: "09:00", closes: "17:30" }]);
    expect(line).toMatch(/^Lunes–Viernes: 9:00\s?a\.\s?m\.–5:30\s?p\.\s?m\.$/);
  });
});
