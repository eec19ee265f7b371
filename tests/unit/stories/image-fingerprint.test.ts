import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { hammingDistance, imageFingerprint, isSamePhoto } from "@/lib/stories/image-fingerprint";

const svg = (body: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">${body}</svg>`);
// Generated scenes: a flooded house, a fire, a road, a storm sky.
const SCENES = [
  `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8ab"/><stop offset="1" stop-color="#235"/></linearGradient></defs><rect width="640" height="480" fill="url(#g)"/><rect x="60" y="180" width="200" height="160" fill="#a63"/><polygon points="40,180 160,90 280,180" fill="#522"/><rect x="0" y="300" width="640" height="180" fill="#4a6b7a"/><circle cx="520" cy="90" r="50" fill="#eee"/>`,
  `<rect width="640" height="480" fill="#210"/><ellipse cx="320" cy="380" rx="300" ry="80" fill="#f60"/><polygon points="100,400 200,150 300,400" fill="#fa0"/><polygon points="300,400 420,100 540,400" fill="#f30"/><rect width="640" height="120" fill="#555"/>`,
  `<rect width="640" height="480" fill="#6a6"/><polygon points="280,0 360,0 600,480 40,480" fill="#444"/><rect x="310" width="20" height="480" fill="#ff0"/><rect x="420" y="100" width="120" height="80" fill="#c00"/>`,
  `<defs><radialGradient id="r"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#123"/></radialGradient></defs><rect width="640" height="480" fill="url(#r)"/><rect y="380" width="640" height="100" fill="#231"/><line x1="100" y1="380" x2="160" y2="200" stroke="#321" stroke-width="20"/>`,
];
const WATERMARK = svg(`<rect x="420" y="430" width="200" height="36" fill="#fff" opacity="0.7"/><text x="430" y="456" font-size="24">@vigie_photo</text>`);

const VARIANTS: Record<string, (jpeg: Buffer) => Promise<Buffer>> = {
  "re-encoded at quality 40": (b) => sharp(b).jpeg({ quality: 40 }).toBuffer(),
  "resized to 200 px": (b) => sharp(b).resize(200).jpeg({ quality: 70 }).toBuffer(),
  "converted to PNG": (b) => sharp(b).png().toBuffer(),
  "cropped by 5 % per side": (b) => sharp(b).extract({ left: 16, top: 12, width: 608, height: 456 }).jpeg().toBuffer(),
  "watermarked": (b) => sharp(b).composite([{ input: WATERMARK }]).jpeg({ quality: 80 }).toBuffer(),
};

describe("imageFingerprint", async () => {
  const originals = await Promise.all(SCENES.map((s) => sharp(svg(s)).jpeg({ quality: 92 }).toBuffer()));
  const prints = await Promise.all(originals.map(imageFingerprint));

  it("is 16 hex digits", () => {
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{16}$/);
  });

  for (const [kind, make] of Object.entries(VARIANTS)) {
    it(`matches the same photo ${kind}`, async () => {
      for (let i = 0; i < originals.length; i++) expect(isSamePhoto(prints[i], await imageFingerprint(await make(originals[i])))).toBe(true);
    });
  }

  it("keeps different photos apart", () => {
    for (let i = 0; i < prints.length; i++) for (let j = i + 1; j < prints.length; j++) expect(isSamePhoto(prints[i], prints[j])).toBe(false);
  });

  it("counts differing bits", () => {
    expect(hammingDistance("0000000000000000", "000000000000000f")).toBe(4);
    expect(hammingDistance("ffff", "ffff")).toBe(0);
  });
});
