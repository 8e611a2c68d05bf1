import { describe, expect, it } from "vitest";
import { isPublicAddress, notPublicReason } from "./public-address";

describe("public addresses", () => {
  it("accepts an https address on a real domain", () => {
    expect(isPublicAddress("https://www.shamynds.com")).toBe(true);
    expect(isPublicAddress("https://shamyndshealing.org/")).toBe(true);
  });

  it.each([
    ["http://www.shamynds.com", "not https"],
    ["http://localhost:3000", "not a public host"],
    ["https://localhost", "not a public host"],
    ["https://127.0.0.1:8443", "not a public host"],
    ["https://www.shamynds.example", "reserved"],
    ["https://staging.test", "reserved"],
    ["https://app.localhost", "not a public host"],
    ["https://www.example.org", "not a public host"],
    ["not a url", "not an absolute URL"],
  ])("rejects %s", (address, reason) => {
    expect(isPublicAddress(address)).toBe(false);
    expect(notPublicReason(address)).toContain(reason);
  });
});
