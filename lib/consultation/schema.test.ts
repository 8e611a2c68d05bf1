import { describe, expect, it } from "vitest";
import { consultationMessages } from "./messages";
import { consultationSchema, phoneDigits, validateConsultation } from "./schema";

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
        language: "en",
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
    expect(errorsFor({ email: "", contactMethod: "email" }).email).toEqual([
      "Enter your email address, or choose a phone call or a text message",
    ]);
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
    expect(errorsFor({ phone: "", contactMethod: "text" }).phone).toEqual(["Enter your phone number, or choose email"]);
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

  it("reports every invalid field at once, including the contact detail the chosen method needs", () => {
    const result = validateConsultation({});
    expect(result.success).toBe(false);
    if (!result.success) {
      // With no method chosen, neither email nor phone is required yet.
      expect(Object.keys(result.fieldErrors).sort()).toEqual(
        ["bestTime", "consent", "contactMethod", "firstName", "lastName"].sort(),
      );
    }
    const phoneChosen = validateConsultation({ contactMethod: "phone" });
    expect(!phoneChosen.success && Object.keys(phoneChosen.fieldErrors).sort()).toEqual(
      ["bestTime", "consent", "firstName", "lastName", "phone"].sort(),
    );
  });
});

describe("the contact method decides whether email or phone is needed", () => {
  it("email chosen: the phone may be left empty, the email may not", () => {
    expect(validateConsultation({ ...valid, contactMethod: "email", phone: "" }).success).toBe(true);
    expect(errorsFor({ contactMethod: "email", email: "  " }).email).toEqual([
      "Enter your email address, or choose a phone call or a text message",
    ]);
  });

  it("a call or a text chosen: the email may be left empty, the phone may not", () => {
    for (const contactMethod of ["phone", "text"]) {
      const result = validateConsultation({ ...valid, contactMethod, email: "" });
      expect(result.success && result.data.email).toBe("");
      expect(errorsFor({ contactMethod, phone: "" }).phone).toEqual(["Enter your phone number, or choose email"]);
    }
  });

  it("both stay allowed, and a given one must still be well formed", () => {
    const both = validateConsultation({ ...valid, contactMethod: "email" });
    expect(both.success && [both.data.email, both.data.phone]).toEqual([valid.email, valid.phone]);
    expect(errorsFor({ contactMethod: "email", phone: "call me" }).phone?.[0]).toMatch(/7 to 20 digits/);
    expect(errorsFor({ contactMethod: "text", email: "nope" }).email?.[0]).toMatch(/correct format/);
  });
});

describe("one schema, messages per language", () => {
  it("says the same things in Spanish when the form was in Spanish", () => {
    const result = validateConsultation({ language: "es", contactMethod: "email" });
    expect(!result.success && result.fieldErrors).toMatchObject({
      firstName: ["Escriba su nombre"],
      email: ["Escriba su correo electrónico, o elija una llamada o un mensaje de texto"],
      consent: ["Marque la casilla para aceptar antes de enviar su solicitud"],
    });
  });

  it("records the form's language; anything that is not one of ours is English", () => {
    const es = validateConsultation({ ...valid, language: "es" });
    expect(es.success && es.data.language).toBe("es");
    for (const language of [undefined, "fr", "es\r\n", 1]) {
      const result = validateConsultation({ ...valid, language });
      expect(result.success && result.data.language, String(language)).toBe("en");
    }
  });

  it("builds each language's schema from the same definition (same fields)", () => {
    const fields = (locale: "en" | "es") => Object.keys(consultationSchema(locale).shape ?? {}).sort();
    expect(fields("es")).toEqual(fields("en"));
    expect(Object.keys(consultationMessages.es.errors).sort()).toEqual(
      Object.keys(consultationMessages.en.errors).sort(),
    );
  });
});
