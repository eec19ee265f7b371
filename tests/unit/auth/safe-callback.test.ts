import { describe, expect, it } from "vitest";
import { safeCallback } from "../../../lib/auth/safe-callback";

describe("post-login redirect", () => {
  it("keeps same-site paths", () => {
    expect(safeCallback("/activations/123?x=1")).toBe("/activations/123?x=1");
    expect(safeCallback(undefined)).toBe("/");
  });

  it("refuses anything a browser would read as another host", () => {
    for (const url of ["//evil.com", "/\\evil.com", "/\tevil.com", "https://evil.com", "javascript:alert(1)", "/%0a/evil.com".replace("%0a", "\n")]) {
      expect(safeCallback(url), url).toBe("/");
    }
  });
});
