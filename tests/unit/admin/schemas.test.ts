import { describe, expect, it } from "vitest";
import { organizationInputSchema, userCreateSchema } from "../../../lib/admin/schemas";
import { loginSchema } from "../../../lib/auth/schemas";

const valid = {
  email: "  Jeanne.Dupont@Example.org ",
  name: "Jeanne Dupont",
  role: "VOLUNTEER",
  organizationId: "7b0b7f0e-6a57-4d3b-9a3c-0a6c3f1e8b1d",
  password: "a long enough secret",
};

describe("account schemas", () => {
  it("normalises the email and defaults the locale to French", () => {
    const parsed = userCreateSchema.parse(valid);
    expect(parsed.email).toBe("jeanne.dupont@example.org");
    expect(parsed.locale).toBe("fr");
  });

  it("refuses short passwords, unknown roles and bad emails with message keys", () => {
    const result = userCreateSchema.safeParse({ ...valid, password: "short", role: "GOD", email: "nope" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages.password).toBe("password_too_short");
    expect(messages.email).toBe("email_invalid");
    expect(messages.role).toBeDefined();
  });

  it("validates organisations", () => {
    expect(organizationInputSchema.safeParse({ name: "P", type: "PREFECTURE" }).success).toBe(false);
    expect(organizationInputSchema.parse({ name: "Préfecture du Gers", type: "PREFECTURE" }).active).toBe(true);
  });

  it("validates login input", () => {
    expect(loginSchema.safeParse({ email: "x", password: "y" }).success).toBe(false);
    expect(loginSchema.safeParse({ email: "a@b.fr", password: "" }).success).toBe(false);
    expect(loginSchema.safeParse({ email: "a@b.fr", password: "y" }).success).toBe(true);
  });
});
