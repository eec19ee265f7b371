import { describe, expect, it } from "vitest";
import { detectPersonalData } from "@/lib/pii/detect-personal-data";
import { CONTEXTS, flagsOf, seededRandom } from "./seeded-random";

const rng = seededRandom(20260612);

/** A French number (without its leading 0) written the ways people write it. */
function frenchWritings(nine: string): string[] {
  const pairs = [nine[0], nine.slice(1, 3), nine.slice(3, 5), nine.slice(5, 7), nine.slice(7, 9)];
  const national = `0${nine}`;
  const nationalPairs = [`0${pairs[0]}`, ...pairs.slice(1)];
  return [
    nationalPairs.join(" "),
    nationalPairs.join("."),
    nationalPairs.join("-"),
    nationalPairs.join(" - "),
    nationalPairs.join("\u00a0"),
    national,
    `${national.slice(0, 4)} ${national.slice(4, 6)} ${national.slice(6, 8)} ${national.slice(8)}`,
    `${national.slice(0, 2)} ${national.slice(2, 5)} ${national.slice(5, 8)} ${national.slice(8)}`,
    `+33 ${pairs.join(" ")}`,
    `+33 (0)${pairs.join(" ")}`,
    `+33(0)${pairs.join(".")}`,
    `+33${nine}`,
    `+33 ${nine}`,
    `0033 ${pairs.join(" ")}`,
    `0033${nine}`,
    `+33 0${pairs.join(" ")}`,
    `+33.${pairs.join(".")}`,
  ];
}

function internationalWritings(): string[] {
  const d = rng.digits;
  return [
    `+44 7700 ${d(6)}`,
    `+44 (0)7700 ${d(6)}`,
    `0044 7700 ${d(6)}`,
    `+44 20 ${d(4)} ${d(4)}`,
    `07700 ${d(6)}`,
    `+1 (${rng.int(201, 989)}) ${d(3)}-${d(4)}`,
    `+1 ${rng.int(201, 989)}-${d(3)}-${d(4)}`,
    `+1.${rng.int(201, 989)}.${d(3)}.${d(4)}`,
    `+32 47${d(1)} ${d(2)} ${d(2)} ${d(2)}`,
    `+34 6${d(2)} ${d(3)} ${d(3)}`,
    `+39 3${d(2)} ${d(3)} ${d(4)}`,
    `+49 15${d(1)} ${d(8)}`,
    `+49 (0)15${d(1)} ${d(7)}`,
    `+41 7${d(1)} ${d(3)} ${d(2)} ${d(2)}`,
    `+351 9${d(2)} ${d(3)} ${d(3)}`,
    `+212 6${d(2)}-${d(6)}`,
    `+213 5${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
  ];
}

describe("detectPersonalData — phones that must be flagged with their exact span", () => {
  const cases: string[] = [];
  for (let i = 0; i < 60; i++) {
    const first = rng.pick(["1", "2", "3", "4", "5", "6", "7", "9"]);
    cases.push(...frenchWritings(first + rng.digits(8)));
    cases.push(...internationalWritings());
  }

  it(`flags ${cases.length} generated numbers in ${CONTEXTS.length} kinds of sentence`, () => {
    const failures: string[] = [];
    cases.forEach((phone, i) => {
      const [before, after] = CONTEXTS[i % CONTEXTS.length];
      const text = before + phone + after;
      const got = flagsOf(detectPersonalData(text), "phone");
      const want = [{ start: before.length, end: before.length + phone.length }];
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${JSON.stringify(text)} → ${JSON.stringify(got)}`);
    });
    expect(failures).toEqual([]);
  });

  it("flags each of several numbers in one post", () => {
    const text = "Tel : 06 12 34 56 78 ou 05.58.74.12.00, sinon +44 7700 900123";
    expect(flagsOf(detectPersonalData(text), "phone").map((f) => text.slice(f.start, f.end))).toEqual(["06 12 34 56 78", "05.58.74.12.00", "+44 7700 900123"]);
  });
});

describe("detectPersonalData — ordinary crisis text is not a phone", () => {
  const quiet = [
    "Composez le 15, le 17, le 18 ou le 112. Sourds et malentendants : 114.",
    "Le 115 est saturé, le 119 pour les enfants, le 3114 pour la prévention du suicide.",
    "Médecin de garde : 116 117. SOS, vigilance rouge.",
    "Numéro vert de la préfecture : 0 800 40 40 40, ou 0800 123 456.",
    "Crue du 12/06/2026 au 14/06/2026, pic le 13.06.2026 à 14h30.",
    "Le 06/12 à 06h00 puis 09:30, relevé à 4,12 m à Dax, 3.85 m à Tartas.",
    "Point GPS 43.7102, -1.0534 ou 43°42'36\"N 1°03'12\"W.",
    "Bilan : 1 900 foyers sans électricité, 2 300 000 € de dégâts, +15 cm en 2 h, +12 % de débit.",
    "https://x.com/Vigicrues_Adour/status/2012483034044874754 et https://t.me/entraide/0612345678",
    "Code INSEE 40088, code postal 40100 Dax, D824 et A63 coupées, RN10 ralentie.",
    "Relevés : 06.12.26 09.30 puis 06.12.26 10.30.",
    "SIRET 123 456 789 00012, facture 2026-0612-3456.",
    "Score 2-1, horaires 08 00 - 12 00, 20 000 personnes évacuées.",
    "#Landes40 #crue0612345678 @sdis_0612345678",
  ];
  it.each(quiet)("%s", (text) => {
    expect(flagsOf(detectPersonalData(text), "phone")).toEqual([]);
  });
});
