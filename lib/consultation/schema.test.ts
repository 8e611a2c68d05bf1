import { describe, expect, it } from "vitest";
import { phoneDigits, validateConsultation } from "./schema";

const valid = {
  firstName: "Ana",
  lastName: "Pérez-O'Neil",
  email: "ana.perez+clinic@example.org",
  phone: "+1 (916) 555-0142",
  contactMethod: "text",
  bestTime: "evening",
  consent: "yes",
};

function errorsFor(overrides: Partial<Record<keyof typeof valid, unknown>>) {
  const result = validateConsultation({ ...valid, ...overrides });
  return result.success ? {} : result.fieldErrors;
}

describe("consultation schema", () => {
  it("accepts a complete request and drops the consent tick from the stored data", () => {
    const result = validateConsultation(valid);
    expect(result).toEqual({
      success: true,
      data: {
        firstName: "Ana",
        lastName: "Pérez-O'Neil",
        email: "ana.perez+clinic@example.org",
        phone: "+1 (916) 555-0142",
        contactMethod: "text",
        bestTime: "evening",
      },
    });
  });

  it("trims surrounding spaces", () => {
    const result = validateConsultation({
      ...valid,
      firstName: "  Ana ",
      email: " ana@example.org ",
    });
    expect(result.success && result.data.firstName).toBe("Ana");
    expect(result.success && result.data.email).toBe("ana@example.org");
  });

  it("names: 1 to 60 characters", () => {
    expect(errorsFor({ firstName: "" }).firstName).toEqual(["Enter your first name"]);
    expect(errorsFor({ lastName: "   " }).lastName).toEqual(["Enter your last name"]);
    expect(errorsFor({ firstName: "A".repeat(60) }).firstName).toBeUndefined();
    expect(errorsFor({ firstName: "A".repeat(61) }).firstName).toEqual(["First name must be 60 characters or fewer"]);
    expect(errorsFor({ firstName: undefined }).firstName).toEqual(["Enter your first name"]);
  });

  it.each([
    ["CR LF header injection", "Eve\r\nBcc: victim@example.com"],
    ["bare LF", "Eve\nBcc: victim@example.com"],
    ["trailing CR LF (rejected, not trimmed away)", "Eve\r\n"],
    ["tab", "Eve\tAdams"],
    ["NUL", "Eve\u0000"],
    ["Unicode line separator", "Eve\u2028Bcc: x@example.com"],
  ])("names: no control characters anywhere (%s)", (_label, name) => {
    expect(errorsFor({ firstName: name }).firstName).toEqual([
      "First name must not contain line breaks, tabs or other control characters",
    ]);
    expect(errorsFor({ lastName: name }).lastName?.[0]).toMatch(/must not contain line breaks/);
  });

  it("email: RFC-valid addresses pass", () => {
    for (const email of [
      "a@example.com",
      "o'brien@example.co.uk",
      "first.last+tag@sub.example.org",
      '"quoted name"@example.com',
    ]) {
      expect(errorsFor({ email }).email, email).toBeUndefined();
    }
  });

  it("email: malformed addresses, control characters and overlong ones fail", () => {
    const format = ["Enter an email address in the correct format, like name@example.com"];
    for (const email of ["plainaddress", "a@b", "a@@example.com", "a b@example.com", "@example.com", "a@example."]) {
      expect(errorsFor({ email }).email, email).toEqual(format);
    }
    expect(errorsFor({ email: "a@example.com\r\nBcc: x@example.com" }).email?.[0]).toMatch(
      /must not contain line breaks/,
    );
    expect(errorsFor({ email: `${"a".repeat(65)}@example.com` }).email).toEqual(format);
    const long = `${"a".repeat(60)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com`;
    expect(long.length).toBeGreaterThan(254);
    expect(errorsFor({ email: long }).email).toEqual(["Email address must be 254 characters or fewer"]);
    expect(errorsFor({ email: "" }).email).toEqual(["Enter your email address"]);
  });

  it("phone: 7 to 20 digits once spaces, dashes, dots, parentheses and a leading + are removed", () => {
    expect(phoneDigits("+1 (916) 555-0142")).toBe("19165550142");
    expect(phoneDigits("916.555.0142")).toBe("9165550142");
    for (const phone of ["5550142", "916-555-0142", "(916) 555.0142", "+44 20 7946 0958", "1".repeat(20)]) {
      expect(errorsFor({ phone }).phone, phone).toBeUndefined();
    }
    const message = ["Enter a phone number with 7 to 20 digits, like (916) 555-0142"];
    for (const phone of [
      "555-014",
      "1".repeat(21),
      "916 555 O142",
      "1+9165550142",
      "++19165550142",
      "916/555/0142",
      "call me",
    ]) {
      expect(errorsFor({ phone }).phone, phone).toEqual(message);
    }
    expect(errorsFor({ phone: "" }).phone).toEqual(["Enter your phone number"]);
    expect(errorsFor({ phone: "916\r\n555 0142" }).phone?.[0]).toMatch(/must not contain line breaks/);
  });

  it("choices must be one of the offered options; consent must be ticked", () => {
    expect(errorsFor({ contactMethod: "" }).contactMethod).toEqual(["Choose how you would like us to contact you"]);
    expect(errorsFor({ contactMethod: "pigeon" }).contactMethod).toEqual([
      "Choose how you would like us to contact you",
    ]);
    expect(errorsFor({ bestTime: "midnight" }).bestTime).toEqual(["Choose the best time to reach you"]);
    expect(errorsFor({ consent: "" }).consent).toEqual(["Tick the box to agree before you send your request"]);
    expect(errorsFor({ consent: "on" }).consent).toEqual(["Tick the box to agree before you send your request"]);
  });

  it("reports every invalid field at once", () => {
    const result = validateConsultation({});
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(Object.keys(result.fieldErrors).sort()).toEqual(
        ["bestTime", "consent", "contactMethod", "email", "firstName", "lastName", "phone"].sort(),
      );
    }
  });
});
