import { describe, expect, it } from "vitest";
import { encodeResend, postedActionIds, resendState } from "./stale-form";
import { issueToken, verifyToken } from "./token";

const key = Buffer.alloc(32, 7);

describe("forms from an earlier release", () => {
  it("finds the action ids a no-JavaScript form names, in both of React's shapes", () => {
    const form = new FormData();
    form.append("$ACTION_REF_1", "");
    form.append("$ACTION_1:0", JSON.stringify({ id: "60abc", bound: "$@1" }));
    form.append("$ACTION_ID_7fdef", "");
    form.append("firstName", "Ana");
    expect(postedActionIds(form)).toEqual(["60abc", "7fdef"]);
    expect(postedActionIds(new FormData())).toEqual([]);
  });

  it("carries the answers and the form's own token to the resend page, which starts from them", () => {
    const shownAt = Date.now() - 60_000;
    const token = issueToken(key, shownAt);
    const form = new FormData();
    form.append("firstName", "Ana");
    form.append("email", "ana@example.test");
    form.append("formToken", token);
    form.append("$ACTION_ID_x", "");
    const state = resendState(encodeResend(form, undefined), { formKey: key, now: Date.now() });
    expect(state).toMatchObject({
      status: "updated",
      values: { firstName: "Ana", email: "ana@example.test", phone: "" },
    });
    // The original token: the time the form was first shown still counts (spam checks not reset).
    expect(state?.status === "updated" && state.token).toBe(token);
    expect(verifyToken(key, token, { now: Date.now(), minFillMs: 3000 }).ok).toBe(true);
  });

  it("takes the token from the 'form shown' cookie when the prerendered form's field is empty, and caps values", () => {
    const form = new FormData();
    form.append("formToken", "");
    form.append("lastName", "x".repeat(5000));
    const state = resendState(encodeResend(form, "cookie-token"), { formKey: key, now: 0 });
    expect(state?.status === "updated" && state.token).toBe("cookie-token");
    expect(state?.status === "updated" && state.values.lastName.length).toBe(300);
  });

  it("ignores a missing or malformed header", () => {
    expect(resendState(null, { formKey: key, now: 0 })).toBeUndefined();
    expect(resendState("not base64 json", { formKey: key, now: 0 })).toBeUndefined();
    expect(resendState(Buffer.from('{"values":3}').toString("base64url"), { formKey: key, now: 0 })).toBeUndefined();
  });
});
