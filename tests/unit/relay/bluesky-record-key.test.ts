import { describe, expect, it } from "vitest";
import { blueskyRecordKey, TID_PATTERN } from "../../../lib/relay/networks/bluesky-record-key";

const BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";
const decode = (tid: string) => [...tid].reduce((value, char) => (value << 5n) | BigInt(BASE32_SORTABLE.indexOf(char)), 0n);

describe("blueskyRecordKey", () => {
  const message = { id: "6f1c2b8e-3d5a-4c1e-9b7f-2a4d6e8f0a1b", createdAt: new Date("2026-11-28T08:30:00.123Z") };

  it("is a TID whose timestamp is the message's creation, the same on every call", () => {
    const key = blueskyRecordKey(message);
    expect(key).toMatch(TID_PATTERN);
    expect(blueskyRecordKey({ ...message })).toBe(key);
    const microseconds = decode(key) >> 10n;
    expect(Number(microseconds / 1000n)).toBe(message.createdAt.getTime());
  });

  it("differs between messages created in the same millisecond", () => {
    const other = blueskyRecordKey({ ...message, id: "0b9e4a8c-7d2f-4e6a-8c1b-5f3d9a7e2c40" });
    expect(other).toMatch(TID_PATTERN);
    expect(other).not.toBe(blueskyRecordKey(message));
  });
});
