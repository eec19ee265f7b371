import { describe, expect, it } from "vitest";
import { detectPersonalData } from "@/lib/pii/detect-personal-data";
import { flagsOf, seededRandom } from "./seeded-random";

const rng = seededRandom(33000);
const NUMBERS = () => rng.pick([String(rng.int(1, 250)), `${rng.int(1, 90)} bis`, `${rng.int(1, 90)} ter`, `${rng.int(1, 90)}B`, `${rng.int(1, 40)}-${rng.int(41, 60)}`, `n°${rng.int(1, 99)}`]);
const TYPES = ["rue", "Rue", "RUE", "avenue", "av.", "Av.", "boulevard", "bd", "Bd", "impasse", "allée", "allee", "chemin", "quai", "route", "place", "cours", "square", "faubourg", "résidence", "lotissement", "promenade", "passage", "lieu-dit", "lieu dit"];
const NAMES = ["des Arènes", "Foch", "de Lagrange", "du Général de Gaulle", "Jean Jaurès", "de l'Église", "des Écoles", "Victor-Hugo", "du 8 Mai 1945", "du Port", "Saint-Vincent", "de la Paix", "d'Aquitaine", "des Pins", "Gambetta", "du Moulin", "de la Digue", "Pasteur", "du 14 Juillet"];
const LENIENT_LOWER = ["des lilas", "de la paix", "du moulin", "de halage"];
const AFTER = [", Dax", " à Saint-Sever", ". Aidez-nous", " 🙏", "", ", 40100 Dax", " (Tartas)", " ! L'eau monte", ", on attend les secours", " au 1er étage"];

describe("detectPersonalData — street addresses that must be flagged with their exact span", () => {
  const cases: [string, string][] = [];
  for (let i = 0; i < 400; i++) {
    const type = rng.pick(TYPES);
    const number = NUMBERS();
    const comma = rng.next() < 0.2 ? "," : "";
    const address = `${number}${comma} ${type} ${rng.pick(NAMES)}`;
    cases.push([rng.pick(["On est au ", "Passez au ", "Bloqués ", "ADRESSE : ", "", "Mamie seule au "]), address]);
  }
  for (let i = 0; i < 40; i++) cases.push(["au ", `${rng.int(1, 99)} ${rng.pick(["rue", "chemin", "allée", "impasse"])} ${rng.pick(LENIENT_LOWER)}`]);
  for (const name of ["Mill Lane", "Baker Street", "Church Road", "High St", "Oak Avenue", "Station Rd"]) cases.push(["Stuck at ", `${rng.int(1, 250)}${rng.pick(["", "B"])} ${name}`]);
  for (const place of ["lieu-dit Lagrange", "lieu-dit Peyrot", "au lieu dit Larrouy", "résidence Les Pins", "Résidence du Lac", "lotissement du Moulin", "hameau de Lartigue"]) {
    cases.push(["On est coincés ", place.replace(/^au /, "")]);
  }

  it(`flags ${cases.length} generated addresses`, () => {
    const failures: string[] = [];
    cases.forEach(([before, address], i) => {
      const text = before + address + AFTER[i % AFTER.length];
      const got = flagsOf(detectPersonalData(text), "address");
      const want = [{ start: before.length, end: before.length + address.length }];
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${JSON.stringify(text)} → ${JSON.stringify(got.map((g) => text.slice(g.start, g.end)))}`);
    });
    expect(failures).toEqual([]);
  });

  it("keeps a street named after someone inside the address, not as a person", () => {
    const text = "Inondé au 12 rue Jean Jaurès à Dax";
    expect(detectPersonalData(text)).toEqual([{ kind: "address", start: 10, end: 28 }]);
  });
});

describe("detectPersonalData — counts, roads and streets without numbers are not addresses", () => {
  const quiet = [
    "1 route coupée, 3 routes fermées, 2 rues inondées.",
    "Il reste 1 place de libre au gymnase, 2 places pour les chiens.",
    "Les pompiers évacuent en bateau rue de l'Église à Villeneuve-de-Marsan.",
    "des voitures emportées par le courant rue du Moulin à Aire-sur-l'Adour",
    "RDV à 14h30 rue du Port, à 15:00 place de la Mairie.",
    "Niveau 4,12 m quai de la Midouze, D824 route de Bayonne coupée.",
    "Vigilance rouge, 40100 Dax, INSEE 40088, 30 cm d'eau, 1 900 foyers.",
    "ma résidence principale est sous l'eau, le lotissement est inondé",
    "On a fait 2 km chemin faisant, 5 min route barrée.",
    "RT @rue_du_port_12: 12 #rue",
    "https://example.org/12/rue/des/Arenes",
  ];
  it.each(quiet)("%s", (text) => {
    expect(flagsOf(detectPersonalData(text), "address")).toEqual([]);
  });
});
