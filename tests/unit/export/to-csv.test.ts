import { describe, expect, it } from "vitest";
import { csvChunks, neutralizeCell, textStream, toCsv } from "../../../lib/export/to-csv";

describe("CSV formula neutralisation", () => {
  it("lets numbers through unchanged, negative ones included", () => {
    expect(neutralizeCell(-1.05)).toBe("-1.05");
    expect(neutralizeCell(0)).toBe("0");
    expect(neutralizeCell(43.7)).toBe("43.7");
    expect(neutralizeCell(-3n)).toBe("-3");
    expect(neutralizeCell("-1.05")).toBe("-1.05");
    expect(neutralizeCell("-42")).toBe("-42");
    expect(neutralizeCell("12")).toBe("12");
    expect(toCsv(["lat", "lon"], [[43.7, -1.05], ["43.7", "-0.25"]])).toBe("\uFEFFlat,lon\r\n43.7,-1.05\r\n43.7,-0.25\r\n");
  });

  it("still neutralises text that a spreadsheet could run, even when it starts like a number", () => {
    for (const text of ["-1+1", "-1.05+A1", "+1", "-A1", "-", "-1.", "-.5", "-1e5", "=1", "@SUM(A1)", "\t-1", "- 1", "-1.05\n"]) expect(neutralizeCell(text), JSON.stringify(text)).toBe(`'${text}`);
    expect(neutralizeCell(Number.NEGATIVE_INFINITY)).toBe("'-Infinity");
  });
});

describe("CSV in pieces", () => {
  it("streams the same text as the whole CSV", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [i, `ligne ${i}`, i % 2 ? "=danger" : "-0.5"]);
    const whole = toCsv(["n", "texte", "valeur"], rows);
    const pieces = [...csvChunks(["n", "texte", "valeur"], rows, 1000)];
    expect(pieces).toHaveLength(4); // header, then 1,000 + 1,000 + 500 rows
    expect(pieces.join("")).toBe(whole);
    // Bytes, not .text(): a decoder would drop the BOM that Excel needs.
    expect(Buffer.from(await new Response(textStream(pieces)).arrayBuffer()).toString("utf8")).toBe(whole);
    expect([...csvChunks(["a"], [])]).toEqual(["\uFEFFa\r\n"]);
  });
});
