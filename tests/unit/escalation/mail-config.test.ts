import { describe, expect, it } from "vitest";
import { readMailConfig } from "../../../lib/escalation/mail-config";

describe("mail configuration", () => {
  it("is off without VIGIE_SMTP_URL", () => {
    expect(readMailConfig({})).toBeNull();
    expect(readMailConfig({ VIGIE_SMTP_URL: "  " })).toBeNull();
  });

  it("reads the SMTP URL, the sender and the public address for links (no trailing slash)", () => {
    expect(readMailConfig({ VIGIE_SMTP_URL: "smtp://127.0.0.1:2525", VIGIE_MAIL_FROM: "Vigie <v@a.test>", VIGIE_PUBLIC_URL: "https://vigie.example.org/" })).toEqual({
      url: "smtp://127.0.0.1:2525",
      from: "Vigie <v@a.test>",
      publicUrl: "https://vigie.example.org",
    });
    expect(readMailConfig({ VIGIE_SMTP_URL: "smtp://h:25", PORT: "3204" })).toMatchObject({ from: "Vigie <vigie@localhost>", publicUrl: "http://localhost:3204" });
  });
});
