import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "../../../lib/outbound/private-address";

describe("private addresses", () => {
  it("refuses loopback, private, link-local (cloud metadata), carrier NAT and IPv6 local ranges", () => {
    for (const address of ["127.0.0.1", "127.8.9.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "::", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it("lets public addresses through, including neighbours of the private ranges", () => {
    for (const address of ["1.1.1.1", "172.15.255.255", "172.32.0.1", "193.51.24.1", "100.128.0.1", "2a01:4f8::1", "::ffff:8.8.8.8"]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it("says no for what is not an address (names are resolved first)", () => {
    expect(isPrivateAddress("localhost")).toBe(false);
  });
});
