import { describe, expect, it } from "vitest";
import { createOrgBody, createRequestBody } from "../index.js";
import { registerBody } from "./auth.js";
import { fieldIssues, ISSUE_CODES } from "./issues.js";

const issuesOf = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, body: unknown) => {
  const r = schema.safeParse(body);
  if (r.success) return [];
  return fieldIssues(r.error as Parameters<typeof fieldIssues>[0], "body", body);
};

describe("field issues as stable codes", () => {
  it("when an organization form is sent empty, then each missing field reads required and no schema text leaks", () => {
    const issues = issuesOf(createOrgBody, { kind: "park" });
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(ISSUE_CODES).toContain(i.code);
      expect(i.message).not.toMatch(/expected|Invalid input|"GB"/);
    }
    expect(issues.find((i) => i.field === "country")?.code).toBe("required");
  });

  it("when a value is not one of a long list, then the code is invalid_option without the list", () => {
    const issues = issuesOf(createOrgBody, { kind: "park", country: "XX" });
    const country = issues.find((i) => i.field === "country");
    expect(country?.code).toBe("invalid_option");
    expect(country?.message.length).toBeLessThan(60);
  });

  it("when a field is of the wrong type, then the code says so, and a text in neither language asks for one", () => {
    const issues = issuesOf(createRequestBody, { title: 42, description: { en: "" } });
    expect(issues.find((i) => i.field === "title")?.code).toBe("invalid_type");
    expect(issues.find((i) => i.field === "description")?.code).toBe("one_language");
  });

  it("when a registration has a weak password, a bad e-mail and an extra field, then each is named with its code", () => {
    const issues = issuesOf(registerBody, { email: "nope", password: "onlyletterslong", name: "A", admin: true });
    expect(issues.find((i) => i.field === "email")?.code).toBe("invalid_email");
    expect(issues.find((i) => i.field === "password")?.code).toBe("password_weak");
    expect(issues.find((i) => i.field === "admin")?.code).toBe("unknown_field");
  });

  it("when a text is too long, then the limit travels as a parameter", () => {
    const issues = issuesOf(registerBody, { email: "a@b.org", password: "abcdefgh12", name: "x".repeat(500) });
    const name = issues.find((i) => i.field === "name");
    expect(name?.code).toBe("too_long");
    expect(name?.params?.maximum).toBeTypeOf("number");
  });
});
