#!/usr/bin/env node
/**
 * Builds the replay scenario "Crue de l'Adour dans les Landes" (a 48-hour winter flood of the
 * Adour, the Midouze, the Luy, the Gabas and the Gaves réunis in the Landes, département 40).
 *
 *   node scripts/build-scenario.mjs                     writes data/scenarios/crue-adour-landes.jsonl
 *   node scripts/build-scenario.mjs --out <file>        writes <file> instead (the unit test uses it)
 *   SCENARIO_OUT=<file> node scripts/build-scenario.mjs same, through the environment
 *
 * The output is byte-identical on every run: every random choice comes from one seeded PRNG
 * (mulberry32), nothing reads the clock, and JSON keys are written in a fixed order. Change the
 * script, re-run it, and commit the regenerated file with it (the unit test compares them).
 *
 * Format: one JSON object per line, sorted by `t` (integer seconds since the scenario start,
 * 0..172800). t = 0 is a Saturday at 12:00 local time (Europe/Paris, winter), so hours 12..36 are
 * the Sunday and hours 36..48 the Monday morning.
 *
 *   {"t","kind":"post","network","externalId","url","author":{"id","handle","name"},"text","lang",
 *    "media":[{"url","type","alt"}],"geo":{"lat","lon"}|null,"repostOf","quoteOf","replyTo"}
 *   {"t","kind":"delete","network","externalId"}
 *   {"t","kind":"edit","network","externalId","text"}
 *
 * Identifiers follow each network's real shape: X and Mastodon snowflakes, Bluesky AT URIs with
 * TID record keys, Facebook "<owner>_<post>" ids, Instagram numeric media ids (their shortcode in
 * the URL), TikTok and YouTube video ids, Telegram "<chat>/<message>" ids. Handles are written
 * without a leading "@" except YouTube's ("@Channel"); Mastodon handles are "user@instance".
 * A Bluesky repost carries the reposted post's URL (a repost record has no page of its own).
 *
 * EVERYTHING IS FICTIONAL. The story, the figures (water levels, interventions, homes without
 * power), the people, their handles, addresses, phone numbers and e-mail addresses are invented.
 * Citizens have first names, initials and nicknames only. Phone numbers come from the ARCEP
 * ranges reserved for fiction (05 36 49 xx xx, 06 39 98 xx xx); e-mails use example.com/org/net;
 * media live under media.example.invalid. Official and media accounts (Préfet des Landes, SDIS 40,
 * Vigicrues, Météo-France, Gendarmerie, Inforoute 40, Enedis, town halls, "L'Écho des Barthes",
 * "Adour Info 24", "Télé Gascogne Atlantique", "Radio Pignada"…) are fictional stand-ins with
 * official-sounding handles: none of their messages was ever published by the real bodies.
 * Commune names, rivers and road numbers are real, so that geocoding can be exercised.
 */
import fs from "node:fs";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "..");
const DEFAULT_OUT = path.join(projectRoot, "data", "scenarios", "crue-adour-landes.jsonl");

function outputPath() {
  const i = process.argv.indexOf("--out");
  if (i !== -1) {
    const value = process.argv[i + 1];
    if (!value) throw new Error("--out needs a file path");
    return path.resolve(value);
  }
  if (process.env.SCENARIO_OUT) return path.resolve(process.env.SCENARIO_OUT);
  return DEFAULT_OUT;
}

// =============================================================================================
// Seeded randomness
// =============================================================================================

const SEED = 0x40ad0c2e;

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
/** Calls one of the given functions, chosen uniformly: only the chosen template is evaluated. */
const oneOf = (...fns) => pick(fns)();

/** Picks from [[value, weight], …]. */
function weighted(entries) {
  let total = 0;
  for (const [, w] of entries) total += w;
  let u = rand() * total;
  for (const [v, w] of entries) {
    u -= w;
    if (u < 0) return v;
  }
  return entries[entries.length - 1][0];
}

function shuffled(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// =============================================================================================
// Time
// =============================================================================================

const DURATION = 172_800; // 48 h
const HOUR = 3600;
/** Saturday 17 January 2026, 12:00 in Paris (11:00 UTC): only used to give ids a realistic time. */
const BASE_MS = Date.UTC(2026, 0, 17, 11, 0, 0);
const DAYS = ["samedi", "dimanche", "lundi"];

const localHour = (t) => (12 + t / HOUR) % 24;
const dayName = (t) => DAYS[Math.floor((12 + t / HOUR) / 24)] ?? "lundi";
function clock(t) {
  const minutes = Math.floor(((12 * HOUR + t) % 86_400) / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, "0")}`;
}
/** Official updates are stamped on the quarter hour. */
const quarterClock = (t) => clock(Math.floor(t / 900) * 900);
function moment(t) {
  const h = localHour(t);
  if (h < 6) return "cette nuit";
  if (h < 12) return "ce matin";
  if (h < 18) return "cet après-midi";
  return "ce soir";
}
/** Phase of the story at hour h. */
function phase(h) {
  if (h < 8) return 0; // orange vigilance, rising water
  if (h < 18) return 1; // red vigilance, first overflows, evacuations
  if (h < 32) return 2; // peak: people trapped, helicopter winching, cuts
  if (h < 40) return 3; // flood recedes upstream, still high downstream
  return 4; // decrue, mud, damage, cleanup
}

/** Posting intensity: few posts at first, a peak between hours 20 and 30, a long tail. */
function intensity(h) {
  const rise = 1 / (1 + Math.exp(-(h - 14) / 3));
  const fall = h < 28 ? 1 : Math.exp(-(h - 28) / 9);
  const lh = (12 + h) % 24;
  let daily = 1;
  if (lh >= 1 && lh < 6) daily = 0.45;
  else if (lh < 1 || (lh >= 6 && lh < 7)) daily = 0.7;
  else if (lh >= 19 && lh < 23) daily = 1.12;
  return (0.04 + rise * fall) * daily;
}

const bell = (h, centre, width) => Math.exp(-(((h - centre) / width) ** 2));
const fmtM = (x) => x.toFixed(2).replace(".", ",");
const fmtN = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");

/** Water level at the Vigicrues stations (fictional figures). */
const STATIONS = [
  { name: "l'Adour à Aire-sur-l'Adour", base: 1.6, rise: 3.1, peak: 17, width: 8 },
  { name: "l'Adour à Saint-Sever", base: 1.9, rise: 3.6, peak: 22, width: 9 },
  { name: "la Midouze à Mont-de-Marsan", base: 1.5, rise: 3.1, peak: 21, width: 9 },
  { name: "la Midouze à Tartas", base: 2.1, rise: 3.9, peak: 26, width: 10 },
  { name: "l'Adour à Dax", base: 2.8, rise: 3.35, peak: 30, width: 12 },
  { name: "les Gaves réunis à Peyrehorade", base: 2.4, rise: 2.5, peak: 34, width: 10 },
];
const level = (s, h) => s.base + s.rise * bell(h, s.peak, s.width);
function trend(s, h) {
  const d = level(s, h) - level(s, h - 1);
  if (d > 0.03) return "en hausse";
  if (d < -0.03) return "en baisse";
  return "stable";
}
const homesWithoutPower = (h) =>
  Math.round((h < 28 ? 8200 * bell(h, 28, 9) : 8200 * bell(h, 28, 12)) / 100) * 100 + 300;
const interventions = (h) => Math.round(1480 / (1 + Math.exp(-(h - 20) / 5)));
const rescued = (h) => Math.round(410 / (1 + Math.exp(-(h - 24) / 4)));

// =============================================================================================
// Geography (real communes of the Landes, approximate centres)
// =============================================================================================

const RIVERS = {
  A: { the: "l'Adour", of: "de l'Adour" },
  M: { the: "la Midouze", of: "de la Midouze" },
  L: { the: "le Luy", of: "du Luy" },
  G: { the: "le Gabas", of: "du Gabas" },
  V: { the: "les Gaves", of: "des Gaves" },
  Lo: { the: "le Louts", of: "du Louts" },
  D: { the: "la Douze", of: "de la Douze" },
  Mi: { the: "le Midou", of: "du Midou" },
};

// [name, lat, lon, weight, hour of local peak (null: not on a flooding river), river, variants]
const COMMUNE_ROWS = [
  ["Dax", 43.7102, -1.0536, 12, 30, "A", ["dax", "DAX"]],
  ["Saint-Paul-lès-Dax", 43.727, -1.052, 4, 30, "A", ["St Paul les Dax", "Saint-Paul-les-Dax", "St-Paul-lès-Dax", "saint paul les dax"]],
  ["Narrosse", 43.703, -1.003, 1.8, 29.5, "A", ["narrosse"]],
  ["Yzosse", 43.717, -1.013, 0.8, 29.5, "A", []],
  ["Saint-Vincent-de-Paul", 43.746, -1.005, 1.4, 29.5, "A", ["St Vincent de Paul", "St-Vincent-de-Paul"]],
  ["Candresse", 43.715, -0.986, 0.7, 29, "A", []],
  ["Téthieu", 43.739, -0.986, 0.6, 29, "A", ["Tethieu"]],
  ["Tercis-les-Bains", 43.672, -1.107, 1.2, 31.5, "A", ["Tercis"]],
  ["Oeyreluy", 43.67, -1.078, 0.8, 31, "A", ["Oeyreluy"]],
  ["Seyresse", 43.687, -1.06, 0.8, 31, "A", []],
  ["Mées", 43.705, -1.111, 0.9, 31, "A", ["Mees"]],
  ["Angoumé", 43.69, -1.138, 0.7, 31.5, "A", ["Angoume"]],
  ["Rivière-Saas-et-Gourby", 43.68, -1.156, 1.1, 32, "A", ["Rivière", "Riviere Saas et Gourby"]],
  ["Saubusse", 43.665, -1.182, 3, 32.5, "A", ["saubusse"]],
  ["Josse", 43.639, -1.227, 0.6, 33.5, "A", []],
  ["Saint-Jean-de-Marsacq", 43.621, -1.237, 0.7, 34, "A", ["St Jean de Marsacq"]],
  ["Port-de-Lanne", 43.568, -1.175, 2, 35, "A", ["Port de Lanne"]],
  ["Orthevielle", 43.553, -1.147, 1.6, 35, "A", ["orthevielle"]],
  ["Sainte-Marie-de-Gosse", 43.554, -1.231, 0.8, 36, "A", ["Ste Marie de Gosse"]],
  ["Saint-Barthélemy", 43.517, -1.334, 0.5, 37, "A", ["St Barthélemy"]],
  ["Peyrehorade", 43.545, -1.105, 5, 34, "V", ["peyrehorade", "Peyrehorarde", "PEYREHORADE"]],
  ["Hastingues", 43.539, -1.148, 0.7, 35, "V", []],
  ["Cauneille", 43.545, -1.077, 0.6, 33, "V", []],
  ["Sorde-l'Abbaye", 43.529, -1.054, 0.7, 32, "V", ["Sorde"]],
  ["Labatut", 43.555, -1.015, 0.6, 32, "V", []],
  ["Pontonx-sur-l'Adour", 43.788, -0.928, 3.5, 27.5, "A", ["Pontonx", "pontonx", "Pontonx sur Adour"]],
  ["Préchacq-les-Bains", 43.759, -0.906, 0.8, 26.5, "A", ["Préchacq", "Prechacq"]],
  ["Gousse", 43.766, -0.886, 0.6, 27, "A", []],
  ["Onard", 43.782, -0.837, 1.6, 26, "A", ["onard"]],
  ["Vicq-d'Auribat", 43.787, -0.868, 0.6, 26.5, "A", ["Vicq"]],
  ["Laurède", 43.756, -0.786, 1.3, 25, "A", ["Laurede"]],
  ["Poyanne", 43.756, -0.817, 0.9, 25.5, "A", []],
  ["Souprosse", 43.79, -0.71, 1.6, 24, "A", ["souprosse"]],
  ["Mugron", 43.749, -0.751, 2.2, 24, "A", ["mugron"]],
  ["Toulouzette", 43.754, -0.688, 0.7, 23, "A", []],
  ["Saint-Sever", 43.757, -0.573, 5, 22, "A", ["St Sever", "St-Sever", "saint sever", "Saint Sever"]],
  ["Montaut", 43.74, -0.653, 0.7, 22.5, "A", []],
  ["Audignon", 43.723, -0.608, 0.6, 21, "G", []],
  ["Banos", 43.729, -0.626, 0.5, 21, "G", []],
  ["Grenade-sur-l'Adour", 43.776, -0.429, 2.5, 19, "A", ["Grenade", "Grenade sur Adour"]],
  ["Larrivière-Saint-Savin", 43.757, -0.415, 0.8, 18.5, "A", ["Larrivière"]],
  ["Bordères-et-Lamensans", 43.766, -0.364, 0.6, 18, "A", ["Bordères"]],
  ["Cazères-sur-l'Adour", 43.763, -0.315, 1.8, 18, "A", ["Cazères", "Cazeres sur Adour"]],
  ["Renung", 43.74, -0.37, 0.5, 17, "A", []],
  ["Aire-sur-l'Adour", 43.702, -0.263, 4.5, 17, "A", ["Aire sur Adour", "Aire-sur-Adour", "aire sur l'adour"]],
  ["Duhort-Bachen", 43.729, -0.3, 0.6, 17, "A", ["Duhort"]],
  ["Mont-de-Marsan", 43.89, -0.499, 8, 21, "M", ["mont de marsan", "Mont de Marsan", "Mt de Marsan"]],
  ["Saint-Pierre-du-Mont", 43.871, -0.489, 2, 21, "M", ["St Pierre du Mont", "St-Pierre-du-Mont"]],
  ["Campagne", 43.862, -0.6, 0.8, 22.5, "M", []],
  ["Saint-Perdon", 43.862, -0.58, 0.6, 22, "M", []],
  ["Meilhan", 43.864, -0.693, 0.8, 23.5, "M", []],
  ["Saint-Yaguen", 43.886, -0.742, 0.6, 24, "M", []],
  ["Tartas", 43.832, -0.806, 9, 26, "M", ["tartas", "TARTAS"]],
  ["Carcarès-Sainte-Croix", 43.848, -0.782, 0.6, 26, "M", ["Carcarès"]],
  ["Audon", 43.804, -0.828, 0.8, 27, "M", []],
  ["Bégaar", 43.823, -0.854, 2, 27.5, "M", ["Begaar"]],
  ["Amou", 43.593, -0.747, 1.2, 22, "L", []],
  ["Castel-Sarrazin", 43.612, -0.787, 0.6, 23, "L", []],
  ["Pomarez", 43.63, -0.828, 1, 24, "L", []],
  ["Castelnau-Chalosse", 43.669, -0.859, 0.6, 25, "L", []],
  ["Gaujacq", 43.648, -0.734, 0.5, 23, "L", []],
  ["Bénesse-lès-Dax", 43.635, -1.034, 0.6, 28, "L", ["Bénesse"]],
  ["Saint-Pandelon", 43.671, -1.043, 0.6, 30, "L", []],
  ["Heugas", 43.644, -1.078, 0.6, 29, "L", []],
  ["Pouillon", 43.605, -1.001, 0.9, 27, "L", []],
  ["Habas", 43.575, -0.93, 0.6, 28, "L", []],
  ["Saint-Lon-les-Mines", 43.613, -1.118, 0.5, 30, "L", []],
  ["Hagetmau", 43.658, -0.592, 2, 20, "Lo", ["hagetmau", "Hagetmeau"]],
  ["Horsarrieu", 43.689, -0.59, 0.5, 21, "Lo", []],
  ["Saint-Cricq-Chalosse", 43.656, -0.666, 0.5, 21, "Lo", []],
  ["Hinx", 43.708, -0.928, 0.7, 27, "A", []],
  ["Goos", 43.73, -0.912, 0.5, 26, "A", []],
  ["Gamarde-les-Bains", 43.729, -0.875, 0.7, 26, "A", ["Gamarde"]],
  ["Montfort-en-Chalosse", 43.712, -0.843, 0.8, 26, "A", ["Montfort"]],
  ["Roquefort", 44.034, -0.32, 0.7, 18, "D", []],
  ["Villeneuve-de-Marsan", 43.89, -0.31, 0.8, 19, "Mi", []],
  ["Rion-des-Landes", 43.935, -0.923, 1.3, null, null, ["Rion", "rion des landes"]],
  ["Lesgor", 43.866, -0.892, 0.4, null, null, []],
  ["Uchacq-et-Parentis", 43.927, -0.559, 0.4, null, null, []],
  ["Benquet", 43.825, -0.499, 0.5, null, null, []],
  ["Bretagne-de-Marsan", 43.85, -0.451, 0.5, null, null, []],
  ["Geloux", 43.985, -0.638, 0.3, null, null, []],
  ["Morcenx-la-Nouvelle", 44.037, -0.911, 0.6, null, null, ["Morcenx"]],
  ["Castets", 43.882, -1.144, 0.6, null, null, []],
  ["Magescq", 43.779, -1.221, 0.5, null, null, []],
  ["Saint-Geours-de-Maremne", 43.688, -1.229, 0.9, null, null, ["St Geours", "Saint-Geours"]],
  ["Saint-Vincent-de-Tyrosse", 43.66, -1.302, 0.8, null, null, ["Tyrosse", "St Vincent de Tyrosse"]],
  ["Soustons", 43.753, -1.328, 0.9, null, null, ["soustons"]],
  ["Seignosse", 43.688, -1.372, 0.4, null, null, []],
  ["Soorts-Hossegor", 43.665, -1.397, 0.5, null, null, ["Hossegor"]],
  ["Capbreton", 43.642, -1.431, 0.5, null, null, []],
  ["Labenne", 43.595, -1.425, 0.4, null, null, []],
  ["Ondres", 43.564, -1.445, 0.3, null, null, []],
  ["Tarnos", 43.541, -1.461, 0.4, null, null, []],
  ["Mimizan", 44.202, -1.23, 0.3, null, null, []],
  ["Biscarrosse", 44.394, -1.163, 0.3, null, null, []],
  ["Parentis-en-Born", 44.351, -1.072, 0.3, null, null, []],
];

function hashtagOf(name) {
  return (
    "#" +
    name
      .split(/[-' ]/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join("")
  );
}

const COMMUNES = COMMUNE_ROWS.map(([name, lat, lon, w, peak, river, variants]) => ({
  name,
  lat,
  lon,
  w,
  peak,
  river,
  variants,
  tag: hashtagOf(name),
}));
const byName = Object.fromEntries(COMMUNES.map((c) => [c.name, c]));
const RIVERSIDE = COMMUNES.filter((c) => c.peak !== null);

/** Neighbour pairs for "route coupée entre X et Y". */
const ROAD_PAIRS = [
  ["Dax", "Saint-Paul-lès-Dax"], ["Dax", "Tercis-les-Bains"], ["Dax", "Saint-Vincent-de-Paul"],
  ["Dax", "Narrosse"], ["Dax", "Saubusse"], ["Dax", "Pontonx-sur-l'Adour"], ["Tartas", "Pontonx-sur-l'Adour"],
  ["Tartas", "Bégaar"], ["Tartas", "Audon"], ["Tartas", "Rion-des-Landes"], ["Tartas", "Meilhan"],
  ["Saint-Sever", "Mugron"], ["Saint-Sever", "Montaut"], ["Saint-Sever", "Hagetmau"],
  ["Saint-Sever", "Grenade-sur-l'Adour"], ["Mont-de-Marsan", "Campagne"], ["Mont-de-Marsan", "Saint-Sever"],
  ["Mont-de-Marsan", "Grenade-sur-l'Adour"], ["Aire-sur-l'Adour", "Cazères-sur-l'Adour"],
  ["Grenade-sur-l'Adour", "Larrivière-Saint-Savin"], ["Peyrehorade", "Port-de-Lanne"],
  ["Peyrehorade", "Orthevielle"], ["Peyrehorade", "Hastingues"], ["Saubusse", "Rivière-Saas-et-Gourby"],
  ["Mugron", "Laurède"], ["Laurède", "Poyanne"], ["Onard", "Vicq-d'Auribat"], ["Souprosse", "Toulouzette"],
  ["Pontonx-sur-l'Adour", "Préchacq-les-Bains"], ["Amou", "Pomarez"], ["Pomarez", "Castel-Sarrazin"],
  ["Saint-Paul-lès-Dax", "Mées"], ["Port-de-Lanne", "Sainte-Marie-de-Gosse"], ["Habas", "Pouillon"],
];
const ROADS = ["D824", "D933", "N124", "D947", "D924", "D32", "D10", "D6", "D322", "D29", "D19", "D2", "D65", "D817", "D70", "D22", "D13", "D35", "D834", "D21"];

const STREETS = [
  "rue des Arènes", "rue du Port", "chemin de Halage", "allée des Platanes", "rue Gambetta",
  "rue de la Halle", "impasse des Barthes", "route de Bayonne", "rue du Centre", "avenue de la Gare",
  "rue des Écoles", "chemin des Saligues", "rue de l'Église", "place de la Mairie", "rue du Moulin",
  "chemin du Bac", "rue des Pêcheurs", "avenue du Stade", "rue des Tonneliers", "allée des Chênes",
  "chemin de la Digue", "rue des Lavandières", "rue Victor-Hugo", "rue Jean-Jaurès", "quai de la Midouze",
  "rue des Jardins", "route de Saint-Sever", "chemin de Lartigue", "rue du Pont", "impasse du Lavoir",
];
const QUARTERS_GENERIC = ["les barthes", "le bas du bourg", "le quartier de la gare", "les berges", "le quartier du pont", "le vieux bourg", "le lotissement des Chênes", "le quartier du stade"];
const QUARTERS = {
  Dax: ["le Sablar", "les berges de l'Adour", "le quartier Saint-Vincent", "le quartier du Gond", "les barthes"],
  Tartas: ["les quais de la Midouze", "la ville basse", "le quartier de la gare"],
  "Mont-de-Marsan": ["le bord de la Midouze", "le quartier du Peyrouat", "la confluence"],
  "Saint-Sever": ["le quartier du Péré", "le bas de Saint-Sever", "les saligues"],
  Peyrehorade: ["les quais", "le port de Peyrehorade", "les barthes"],
};
const SHELTER_KINDS = ["gymnase", "salle des fêtes", "salle polyvalente", "foyer rural", "salle omnisports"];
const FIXED_SHELTERS = {
  Dax: "la salle omnisports de Dax",
  Tartas: "le gymnase de Tartas",
  "Mont-de-Marsan": "le hall de Nahuques à Mont-de-Marsan",
  "Saint-Sever": "la salle polyvalente de Saint-Sever",
  Peyrehorade: "la salle des fêtes de Peyrehorade",
  Saubusse: "la salle des fêtes de Saubusse",
  "Pontonx-sur-l'Adour": "le foyer rural de Pontonx",
  "Aire-sur-l'Adour": "le gymnase d'Aire-sur-l'Adour",
};
const shelterOf = (c) => FIXED_SHELTERS[c.name] ?? `la ${pick(["salle des fêtes", "salle polyvalente"])} ${de(c.name)}`;
const quarterOf = (c) => pick(QUARTERS[c.name] ?? QUARTERS_GENERIC);
const street = () => pick(STREETS);
/** "à" and "de" contracted with the article of a place phrase ("le Sablar" → "au Sablar"). */
const aQ = (q) => q.replace(/^les /, "aux ").replace(/^le /, "au ").replace(/^la /, "à la ").replace(/^l'/, "à l'");
const deQ = (q) => q.replace(/^les /, "des ").replace(/^le /, "du ").replace(/^la /, "de la ");

function de(name) {
  return /^[AEIOUYÉÈÂÎÔaeiouyéè]/.test(name) ? `d'${name}` : `de ${name}`;
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Picks a commune, weighted by its exposure around the time its flood wave passes. */
function pickCommune(h, { riverside = false, spread = 7 } = {}) {
  const pool = riverside ? RIVERSIDE : COMMUNES;
  return weighted(pool.map((c) => [c, c.peak === null ? c.w * 0.35 : c.w * (0.25 + bell(h, c.peak, spread))]));
}
/** Local state of the flood at commune c: 0 rising, 1 peak, 2 receding. */
function floodStage(c, h) {
  if (c.peak === null) return h < 30 ? 0 : 2;
  if (h < c.peak - 4) return 0;
  if (h <= c.peak + 4) return 1;
  return 2;
}
function neighbour(c) {
  const pairs = ROAD_PAIRS.filter(([a, b]) => a === c.name || b === c.name);
  if (pairs.length) {
    const [a, b] = pick(pairs);
    return byName[a === c.name ? b : a];
  }
  let best = null;
  let bestD = Infinity;
  for (const o of COMMUNES) {
    if (o === c) continue;
    const d = (o.lat - c.lat) ** 2 + (o.lon - c.lon) ** 2;
    if (d < bestD) [best, bestD] = [o, d];
  }
  return best;
}

// =============================================================================================
// People (all fictional)
// =============================================================================================

const FIRST_NAMES = [
  "Marie", "Jean-Pierre", "Sandrine", "Christophe", "Nathalie", "Philippe", "Sylvie", "Laurent",
  "Isabelle", "Stéphane", "Céline", "Julien", "Aurélie", "Nicolas", "Émilie", "Thomas", "Camille",
  "Lucas", "Léa", "Manon", "Hugo", "Chloé", "Maxime", "Pauline", "Bernard", "Monique", "Michel",
  "Françoise", "Alain", "Martine", "Patrick", "Christine", "Pierre", "Jacqueline", "Jean-Marc",
  "Véronique", "Didier", "Karine", "Sébastien", "Audrey", "Kévin", "Laetitia", "Romain", "Mathilde",
  "Baptiste", "Inès", "Jordan", "Océane", "Dylan", "Anaïs", "Thierry", "Pascal", "Fabienne", "Gilles",
  "Brigitte", "Régis", "Mélanie", "Damien", "Amandine", "Yannick", "Gaëlle", "Joël", "Raymond",
  "Josette", "Éric", "Valérie", "Olivier", "Delphine", "Cyril", "Élodie", "Benoît", "Justine",
  "Arnaud", "Margaux", "Xabi", "Peio", "Maialen", "Jean-Michel", "Corinne", "Hervé", "Nadine",
  "Ludovic", "Sabrina", "Florian", "Marion", "Guillaume", "Charlotte", "Bastien", "Clément", "Lucie",
  "Yves", "Danielle", "Serge", "Annie", "Francis", "Ghislaine", "Loïc", "Morgane", "Quentin", "Sarah",
];
const NICKS = ["lolo", "pitchoun", "papi_gascon", "la_landaise", "le_chalossais", "bichette", "titi", "nono", "gaby", "manu", "jojo", "fanfan", "kiki", "dede", "mimi", "pinpin", "cocotte", "toto", "nanou", "doudou"];
const NICK_NAMES = { lolo: "Lolo", pitchoun: "Pitchoun", papi_gascon: "Papi Gascon", la_landaise: "La Landaise", le_chalossais: "Le Chalossais", bichette: "Bichette", titi: "Titi", nono: "Nono", gaby: "Gaby", manu: "Manu", jojo: "Jojo", fanfan: "Fanfan", kiki: "Kiki", dede: "Dédé", mimi: "Mimi", pinpin: "Pinpin", cocotte: "Cocotte", toto: "Toto", nanou: "Nanou", doudou: "Doudou" };
const INITIALS = "BCDFGLMNPRST";
const FAR_CITIES = ["Bordeaux", "Toulouse", "Paris", "Pau", "Bayonne", "Nantes", "Lyon", "Biarritz", "Agen"];

const ascii = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const slug = (s) => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, "");
function placeTag(c) {
  const special = { Dax: "dax", Tartas: "tartas", "Mont-de-Marsan": pick(["mdm", "montdemarsan", "montois"]), "Saint-Sever": "stsever", "Aire-sur-l'Adour": "aire", Peyrehorade: "peyre", "Saint-Paul-lès-Dax": "stpaul", "Pontonx-sur-l'Adour": "pontonx", "Grenade-sur-l'Adour": "grenade", "Saint-Vincent-de-Tyrosse": "tyrosse" };
  if (c && special[c.name]) return special[c.name];
  if (!c) return pick(["landes", "chalosse", "adour", "gascogne", "sudouest"]);
  return slug(c.name.split(/[-' ]/)[0]).slice(0, 10);
}

const NETWORKS = ["mastodon", "bluesky", "x", "facebook", "instagram", "tiktok", "youtube", "telegram"];
const MASTODON_INSTANCES = [["mastodon.social", 4], ["piaille.fr", 3], ["mamot.fr", 2], ["framapiaf.org", 2], ["mastodon.tedomum.net", 1], ["mstdn.fr", 1]];

const usedHandles = Object.fromEntries(NETWORKS.map((n) => [n, new Set()]));
const usedIds = new Set();

function digits(n) {
  let s = String(int(1, 9));
  while (s.length < n) s += String(int(0, 9));
  return s;
}
function uniqueNumeric(prefix, n) {
  for (;;) {
    const id = prefix + digits(n - prefix.length);
    if (!usedIds.has(id)) {
      usedIds.add(id);
      return id;
    }
  }
}
const B32 = "abcdefghijklmnopqrstuvwxyz234567";
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const randomChars = (alphabet, n) => Array.from({ length: n }, () => pick(alphabet)).join("");

function networkHandle(base, network) {
  let h;
  switch (network) {
    case "x":
      h = base.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 15);
      break;
    case "mastodon":
      h = base.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 30);
      break;
    case "bluesky":
      h = base.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").toLowerCase();
      break;
    case "telegram":
      h = base.replace(/[^A-Za-z0-9_]/g, "_");
      if (h.length < 5) h += "_40";
      break;
    case "youtube":
      h = base.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
      break;
    case "facebook": // Facebook usernames: letters, digits and dots
      h = base.replace(/[^A-Za-z0-9.]+/g, ".").replace(/^\.+|\.+$/g, "").slice(0, 50);
      break;
    default:
      h = base.replace(/[^a-z0-9._]/gi, "").slice(0, 30);
  }
  return h;
}

function finishHandle(h, network, instance) {
  if (network === "mastodon") return `${h}@${instance}`;
  if (network === "bluesky") return `${h}.bsky.social`;
  if (network === "youtube") return `@${h}`;
  return h;
}

function authorIdFor(network) {
  switch (network) {
    case "mastodon":
      return uniqueNumeric("10", 18);
    case "bluesky":
      return `did:plc:${randomChars(B32, 24)}`;
    case "x":
      return chance(0.5) ? uniqueNumeric("", int(8, 10)) : uniqueNumeric("1", 19);
    case "facebook":
      return uniqueNumeric("1000", 15);
    case "instagram":
      return uniqueNumeric("", int(9, 11));
    case "tiktok":
      return uniqueNumeric("6", 19);
    case "youtube":
      return `UC${randomChars(B64URL, 22)}`;
    case "telegram":
      return uniqueNumeric("", 10);
    default:
      throw new Error(network);
  }
}

function makeCitizen(network, lang = "fr") {
  const first = pick(FIRST_NAMES);
  const home = chance(0.1) ? null : weighted(COMMUNES.map((c) => [c, c.w]));
  const f = slug(first);
  const short = first.includes("-") ? first.split("-").map((p) => slug(p)[0]).join("") : f;
  const tag = placeTag(home);
  const initial = pick(INITIALS.split(""));
  let base;
  let name;
  let nick = null;
  for (let attempt = 0; ; attempt++) {
    const pattern = int(0, 8);
    nick = null;
    if (pattern === 0) base = `${f}.${tag}`;
    else if (pattern === 1) base = `${short}_${tag}`;
    else if (pattern === 2) base = `${f}${tag}40`;
    else if (pattern === 3) base = `${tag}_${f}`;
    else if (pattern === 4) base = `${f}${int(60, 99)}`;
    else if (pattern === 5) base = `${f}.${initial.toLowerCase()}${int(1, 99)}`;
    else if (pattern === 6) base = `${f}_des_landes`;
    else if (pattern === 7) {
      nick = pick(NICKS);
      base = `${nick}_${tag}`;
    } else base = `${f}${initial.toLowerCase()}_${int(1, 9)}${int(0, 9)}`;
    if (attempt > 3) base += String(int(1, 999));
    const h = networkHandle(base, network);
    if (!usedHandles[network].has(h.toLowerCase())) {
      usedHandles[network].add(h.toLowerCase());
      base = h;
      break;
    }
  }
  const namePattern = int(0, 9);
  if (nick) name = NICK_NAMES[nick] + (chance(0.4) ? ` ${home ? de(home.name) : "des Landes"}` : "");
  else if (namePattern < 5) name = `${first} ${initial}.`;
  else if (namePattern < 7) name = first;
  else if (namePattern < 8) name = `${first} ${pick(["🌲", "🌊", "💙", "🌻", "🏉", "🐴", "🦆"])}`;
  else if (namePattern < 9) name = `${first} ${home ? de(home.name) : "des Landes"}`;
  else name = `${first} (${home ? home.name : "Landes"})`;
  const instance = network === "mastodon" ? weighted(MASTODON_INSTANCES) : null;
  return {
    id: authorIdFor(network),
    handle: finishHandle(base, network, instance),
    name,
    network,
    instance,
    user: base,
    home,
    lang,
    official: false,
    media: false,
    noAccents: chance(0.18),
    sms: chance(0.1),
    typoRate: chance(0.25) ? 0.2 : 0.03,
    emoji: chance(0.55),
    caps: chance(0.15),
  };
}

function makeFixed(network, base, name, extra = {}) {
  const instance = network === "mastodon" ? extra.instance ?? "mastodon.social" : null;
  usedHandles[network].add(base.toLowerCase());
  return {
    id: authorIdFor(network),
    handle: finishHandle(base, network, instance),
    name,
    network,
    instance,
    user: base,
    home: extra.home ?? null,
    lang: extra.lang ?? "fr",
    official: extra.official ?? false,
    media: extra.media ?? false,
    noAccents: false,
    sms: false,
    typoRate: extra.typoRate ?? 0,
    emoji: extra.emoji ?? true,
    caps: false,
  };
}

// Fictional official accounts (see the header): handles only sound official.
const ORG_DEFS = {
  prefet: { name: "Préfet des Landes", nets: { x: "Prefet40", facebook: "prefet40", bluesky: "prefet40", mastodon: "prefet40" } },
  vigicrues: { name: "Vigicrues Adour-Landes", nets: { x: "Vigicrues_Adour", bluesky: "vigicrues-adour", mastodon: "vigicrues_adour" } },
  meteo: { name: "Météo-France", nets: { x: "MeteoFrance", bluesky: "meteofrance", facebook: "meteofrance" } },
  sdis: { name: "Pompiers des Landes – SDIS 40", nets: { x: "SDIS40", facebook: "sdis40", instagram: "sdis40_officiel", bluesky: "sdis40" } },
  gend: { name: "Gendarmerie des Landes", nets: { x: "Gendarmerie040", facebook: "gendarmerie.landes" } },
  dept: { name: "Département des Landes", nets: { x: "Departement40", facebook: "departement.landes" } },
  inforoute: { name: "Inforoute 40", nets: { x: "Inforoute40", facebook: "inforoute40" } },
  enedis: { name: "Enedis Landes", nets: { x: "EnedisLandes", facebook: "enedis.landes" } },
  dax: { name: "Ville de Dax", nets: { x: "VilledeDax", facebook: "villededax", instagram: "villededax" } },
  tartas: { name: "Mairie de Tartas", nets: { facebook: "mairie.tartas" } },
  mdm: { name: "Mont-de-Marsan Agglo", nets: { x: "MdMAgglo", facebook: "montdemarsan.agglo" } },
  sever: { name: "Ville de Saint-Sever", nets: { facebook: "ville.saintsever" } },
  peyre: { name: "Mairie de Peyrehorade", nets: { facebook: "mairie.peyrehorade" } },
  protec: { name: "Protection civile des Landes", nets: { x: "ProtecCivile40", facebook: "protectioncivile40" } },
  msgu: { name: "MSGU Sud-Ouest (bénévoles)", nets: { x: "MSGU_SudOuest", mastodon: "msgu_sudouest", bluesky: "msgu-sudouest" } },
};
// Fictional local media.
const MEDIA_DEFS = {
  echo: { name: "L'Écho des Barthes", nets: { x: "EchoDesBarthes", facebook: "echodesbarthes", instagram: "echodesbarthes", bluesky: "echodesbarthes" } },
  adour24: { name: "Adour Info 24", nets: { x: "AdourInfo24", facebook: "adourinfo24", telegram: "adourinfo24", youtube: "AdourInfo24", tiktok: "adourinfo24" } },
  tga: { name: "Télé Gascogne Atlantique", nets: { x: "TeleGascogneAtl", facebook: "telegascogneatlantique", youtube: "TeleGascogneAtlantique", instagram: "telegascogne" } },
  pignada: { name: "Radio Pignada", nets: { x: "RadioPignada", facebook: "radiopignada", mastodon: "radiopignada", bluesky: "radiopignada" } },
};

function buildOrgs(defs, kind) {
  const out = {};
  for (const [key, def] of Object.entries(defs)) {
    out[key] = {};
    for (const [network, base] of Object.entries(def.nets)) {
      out[key][network] = makeFixed(network, base, def.name, {
        official: kind === "official",
        media: kind === "media",
        instance: kind === "media" ? "piaille.fr" : "mastodon.social",
      });
    }
  }
  return out;
}
const ORGS = buildOrgs(ORG_DEFS, "official");
const MEDIA = buildOrgs(MEDIA_DEFS, "media");

/** Telegram: two public groups where citizens write, two channels that post on their own. */
const TG_GROUPS = ["entraide_crue_landes", "infos_crue_adour_40"];
const TG_CHANNELS = { alerte: "alerte_sudouest_infos", adour24: "adourinfo24" };
const tgCounters = { entraide_crue_landes: 18450, infos_crue_adour_40: 2210, alerte_sudouest_infos: 7209, adourinfo24: 3318 };
const TG_ALERTE = makeFixed("telegram", TG_CHANNELS.alerte, "⚡ ALERTE SUD-OUEST INFOS ⚡", { emoji: true });

/** Facebook groups (fictional) where many locals post. */
const FB_GROUPS = [
  { id: uniqueNumeric("", 15), name: "Entraide Crue Adour Landes" },
  { id: uniqueNumeric("", 15), name: "Infos Dax et alentours" },
  { id: uniqueNumeric("", 15), name: "Tartas et la vallée de la Midouze" },
];

// Citizen pools per network, with a Zipf-like activity weight.
const POOL_SIZES = { facebook: 110, x: 90, instagram: 42, bluesky: 46, mastodon: 40, tiktok: 30, youtube: 10, telegram: 32 };
const POOLS = {};
for (const network of NETWORKS) {
  const people = Array.from({ length: POOL_SIZES[network] }, () => makeCitizen(network));
  POOLS[network] = shuffled(people).map((a, rank) => ({ a, w: 1 / (rank + 2) ** 0.8 }));
}
// Foreign speakers: tourists, expats in Chalosse, Spanish and Basque neighbours, Occitan speakers.
const FOREIGN = { en: [], es: [], oc: [], eu: [] };
const FOREIGN_NETS = { en: ["x", "facebook", "mastodon", "bluesky", "instagram"], es: ["x", "facebook", "instagram", "tiktok", "bluesky"], oc: ["mastodon", "facebook", "x"], eu: ["x", "mastodon", "instagram"] };
const FOREIGN_NAMES = {
  en: [["Sarah", "sarah_in_chalosse"], ["Mike", "mikeandjo_sw_france"], ["Emma", "emma_landes_life"], ["Graham", "graham_dax"], ["Kate", "kate_peyrehorade"], ["Tom", "tom_hossegor_surf"], ["Linda", "linda_mugron"], ["James", "jamesintheforest"], ["Rachel", "rachel_gites40"], ["Paul", "paul_amou_expat"], ["Helen", "helen_swfrance"], ["Owen", "owen_on_the_road"], ["Sophie", "sophie_uk_landes"], ["Dave", "dave_camper_eu"]],
  es: [["Ane", "ane_donostia"], ["Iñaki", "inaki_irun"], ["Lucía", "lucia_viajera"], ["Javier", "javi_camionero"], ["Maite", "maite_hondarribia"], ["Carlos", "carlos_bilbo"], ["Nerea", "nerea_surf_eh"], ["Pablo", "pablo_ruta_a63"], ["Elena", "elena_pamplona"], ["Unai", "unai_hendaia"]],
  oc: [["Pèir", "peir_gascon"], ["Joana", "joana_dacs"]],
  eu: [["Ekaitz", "ekaitz_baiona"], ["Amaia", "amaia_lapurdi"]],
};
for (const [lang, list] of Object.entries(FOREIGN_NAMES)) {
  for (const [first, base] of list) {
    const network = pick(FOREIGN_NETS[lang]);
    const a = makeFixed(network, networkHandle(base, network), chance(0.5) ? first : `${first} ${pick(INITIALS.split(""))}.`, { lang, emoji: chance(0.6), typoRate: 0.03 });
    a.instance = network === "mastodon" ? weighted(MASTODON_INSTANCES) : null;
    a.handle = finishHandle(a.user, network, a.instance);
    FOREIGN[lang].push(a);
  }
}

function pickCitizen(network, commune = null, exclude = null) {
  const entries = POOLS[network]
    .filter((p) => p.a !== exclude)
    .map((p) => [p.a, p.w * (commune && p.a.home === commune ? 6 : 1)]);
  return weighted(entries);
}

// =============================================================================================
// Network identifiers and URLs
// =============================================================================================

const usedExternal = Object.fromEntries(NETWORKS.map((n) => [n, new Set()]));
let seqCounter = 0;

function b32sortable(n, len) {
  const alphabet = "234567abcdefghijklmnopqrstuvwxyz";
  let s = "";
  for (let i = 0; i < len; i++) {
    s = alphabet[Number(n & 31n)] + s;
    n >>= 5n;
  }
  return s;
}
function igShortcode(id) {
  let s = "";
  while (id > 0n) {
    s = B64URL[Number(id % 64n)] + s;
    id /= 64n;
  }
  return s;
}

/** Builds externalId and url for a new item of `network` at time t. */
function newIdentity(network, author, t, opts = {}) {
  const ms = BigInt(BASE_MS + t * 1000 + int(0, 999));
  seqCounter = (seqCounter + 1) % 4096;
  let externalId;
  let url;
  switch (network) {
    case "x": {
      const id = ((ms - 1288834974657n) << 22n) | (BigInt(int(0, 1023)) << 12n) | BigInt(seqCounter);
      externalId = id.toString();
      url = `https://x.com/${author.user}/status/${externalId}`;
      break;
    }
    case "mastodon": {
      const id = (ms << 16n) | BigInt(int(0, 65535));
      externalId = id.toString();
      url = `https://${author.instance}/@${author.user}/${externalId}`;
      break;
    }
    case "bluesky": {
      const us = ms * 1000n + BigInt(int(0, 999));
      const rkey = b32sortable((us << 10n) | BigInt(int(0, 1023)), 13);
      const collection = opts.repostOf ? "app.bsky.feed.repost" : "app.bsky.feed.post";
      externalId = `at://${author.id}/${collection}/${rkey}`;
      url = opts.repostOf ? opts.repostOf.url : `https://bsky.app/profile/${author.handle}/post/${rkey}`;
      break;
    }
    case "facebook": {
      if (opts.replyTo) {
        const cid = digits(16);
        externalId = `${opts.replyTo.externalId.split("_").slice(0, 2).join("_")}_${cid}`;
        url = `${opts.replyTo.url.split("?")[0]}?comment_id=${cid}`;
      } else {
        const pid = digits(16);
        const group = opts.fbGroup;
        externalId = `${group ? group.id : author.id}_${pid}`;
        url = group ? `https://www.facebook.com/groups/${group.id}/posts/${pid}/` : `https://www.facebook.com/${author.user}/posts/${pid}`;
      }
      break;
    }
    case "instagram": {
      const id = ((ms - 1314220021721n) << 23n) | (BigInt(int(0, 8191)) << 10n) | BigInt(int(0, 1023));
      externalId = id.toString();
      url = `https://www.instagram.com/${opts.video ? "reel" : "p"}/${igShortcode(id)}/`;
      break;
    }
    case "tiktok": {
      const id = ((ms / 1000n) << 32n) | BigInt(int(0, 2 ** 31));
      externalId = id.toString();
      url = `https://www.tiktok.com/@${author.user}/video/${externalId}`;
      break;
    }
    case "youtube": {
      externalId = randomChars(B64URL, 10) + pick("AEIMQUYcgkosw048".split(""));
      url = opts.short ? `https://www.youtube.com/shorts/${externalId}` : `https://www.youtube.com/watch?v=${externalId}`;
      break;
    }
    case "telegram": {
      const chat = opts.chat;
      tgCounters[chat] += int(1, 4);
      externalId = `${chat}/${tgCounters[chat]}`;
      url = `https://t.me/${chat}/${tgCounters[chat]}`;
      break;
    }
    default:
      throw new Error(network);
  }
  if (usedExternal[network].has(externalId)) return newIdentity(network, author, t, opts);
  usedExternal[network].add(externalId);
  return { externalId, url };
}

// =============================================================================================
// Text helpers
// =============================================================================================

const GENERIC_TAGS = ["#inondations", "#Landes", "#crue", "#Adour", "#inondation", "#crues", "#Landes40", "#vigilancerouge", "#intempéries", "#CrueAdour"];
const EMOJI = {
  eyewitness: ["😱", "😳", "🌊", "💧", "📸", "😰", "🙏"],
  trapped: ["🆘", "🙏", "😭", "‼️", "⚠️"],
  help: ["🙏", "🆘", "❗"],
  road: ["⛔", "🚗", "⚠️", "🚧"],
  utility: ["⚡", "🔌", "📵", "💡", "🚰"],
  evac: ["🏠", "🙏", "⚠️"],
  rescue: ["🚒", "🚁", "👏", "🙏", "💪"],
  solidarity: ["💪", "❤️", "🤝", "🙏", "💙"],
  sympathy: ["💙", "❤️", "🙏", "😢", "💪"],
  criticism: ["🤬", "😡", "🙄", "👎"],
  rumour: ["‼️", "⚠️", "🚨", "😱"],
  debunk: ["❌", "⚠️", "🛑"],
  damage: ["😢", "💔", "😞", "🙏"],
  noise: ["😂", "⚽", "🥕", "😅", "🎉"],
};

function hashtags(c, n, camel = false) {
  const tags = [];
  if (c && chance(0.7)) tags.push(c.tag);
  let guard = 0;
  while (tags.length < n && guard++ < 20) {
    const tg = pick(GENERIC_TAGS);
    if (!tags.includes(tg)) tags.push(tg);
  }
  return tags.map((tg) => (camel ? tg.replace(/^#(\w)/, (m, ch) => "#" + ch.toUpperCase()) : tg)).join(" ");
}

/** How a citizen names the commune: canonical most of the time, a variant or a typo otherwise. */
function cn(c, author) {
  if (!author || author.official || author.media) return c.name;
  if (c.variants.length && chance(0.22)) return pick(c.variants);
  return c.name;
}

function stripAccents(s) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
}
const SMS = [
  [/s'il vous pla[iî]t/gi, "svp"], [/s'il te pla[iî]t/gi, "stp"], [/beaucoup/g, "bcp"], [/pourquoi/g, "pk"],
  [/quelqu'un/g, "qqn"], [/toujours/g, "tjrs"], [/\bquand\b/g, "qd"], [/\bdans\b/g, "ds"], [/vraiment/g, "vrmt"],
  [/\bc'est\b/g, "c"], [/\bmais\b/g, "mé"], [/\bje sais pas\b/g, "jsp"], [/\bmerci\b/gi, "mrc"],
];
function typo(text, author) {
  let s = text;
  if (author.sms) for (const [re, rep] of SMS) if (chance(0.6)) s = s.replace(re, rep);
  if (author.noAccents) s = stripAccents(s);
  if (chance(author.typoRate)) {
    const words = s.split(" ");
    const candidates = words.map((w, i) => [i, w]).filter(([, w]) => /^[a-zàâçéèêëîïôûù]{5,}$/.test(w));
    if (candidates.length) {
      const [i, w] = pick(candidates);
      const k = int(1, w.length - 3);
      const op = int(0, 3);
      if (op === 0) words[i] = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
      else if (op === 1) words[i] = w.slice(0, k) + w.slice(k + 1);
      else if (op === 2) words[i] = w.slice(0, k) + w[k] + w.slice(k);
      else words[i] = stripAccents(w) === w ? w.slice(0, -1) : stripAccents(w);
      s = words.join(" ");
    }
  }
  if (chance(0.08)) s = s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}

const LIMITS = { x: 280, bluesky: 300, mastodon: 500, facebook: 500, instagram: 500, tiktok: 500, youtube: 500, telegram: 500 };
function clip(text, network) {
  const max = LIMITS[network] ?? 500;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, max - 1).join("").trimEnd() + "…";
}

/** Adds the hashtags, emojis and tone each network's users typically add. */
function decorate(text, { network, author, c, cat, urgent = false }) {
  let s = text;
  if (!author.official && !author.media) {
    if (author.emoji && EMOJI[cat] && chance(0.45)) s = chance(0.3) ? `${pick(EMOJI[cat])} ${s}` : `${s} ${pick(EMOJI[cat])}`;
    if (urgent && author.caps && chance(0.5)) s = s.toUpperCase();
    else if (urgent && chance(0.25)) s = `${pick(["URGENT", "URGENT !!", "🆘 URGENT", "SVP AIDEZ NOUS", "AU SECOURS"])} ${s}`;
  }
  const tagChance = { x: 0.55, instagram: 0.9, tiktok: 0.95, facebook: 0.12, mastodon: 0.5, bluesky: 0.35, telegram: 0.08, youtube: 0.4 }[network];
  if (!author.official && chance(tagChance)) {
    const n = network === "instagram" ? int(3, 7) : network === "tiktok" ? int(2, 4) : int(1, 3);
    let tags = hashtags(c, n, network === "mastodon");
    if (network === "tiktok") tags += ` ${pick(["#fyp", "#pourtoi", "#foryou", "#viral"])}`;
    if (network === "instagram" && chance(0.3)) tags += " #sudouest #landesfrance";
    s += network === "instagram" || network === "tiktok" ? `\n\n${tags}` : ` ${tags}`;
  }
  return s;
}

// Personal data (fictional: ARCEP fiction ranges, example.* domains).
function phone() {
  const prefix = pick(["06 39 98", "06 39 98", "05 36 49"]);
  const a = String(int(0, 99)).padStart(2, "0");
  const b = String(int(0, 99)).padStart(2, "0");
  const [p1, p2, p3] = prefix.split(" ");
  return oneOf(
    () => `${prefix} ${a} ${b}`,
    () => `${p1}${p2}${p3}${a}${b}`,
    () => `${p1}.${p2}.${p3}.${a}.${b}`,
    () => `+33 ${p1[1]} ${p2} ${p3} ${a} ${b}`,
    () => `${prefix} ${a} ${b}`,
  );
}
function email(author) {
  const local = oneOf(
    () => `${slug(author.name.split(" ")[0])}.${slug(placeTag(author.home))}`,
    () => `${slug(author.name.split(" ")[0])}${int(10, 99)}`,
    () => `contact.${slug(placeTag(author.home))}${int(1, 9)}`,
  );
  return `${local || "contact"}@${pick(["example.com", "example.org", "example.net"])}`;
}
const address = (c, author) => `${int(1, 48)} ${street()}, ${cn(c, author)}`;

// =============================================================================================
// Story content, per category. Each generator returns { text, c, lang, media, urgent, pii, … }.
// =============================================================================================

const LEVELS_IN = [
  "40 cm d'eau dans le garage", "1 m d'eau dans le salon", "20 cm dans la maison et ça monte encore",
  "60 cm dans la cuisine", "l'eau arrive à la troisième marche de l'escalier", "l'eau est à ras des prises électriques",
  "80 cm au rez-de-chaussée",
];
const LEVELS_OUT = [
  "l'eau arrive aux genoux dans la rue", "l'eau est à ras des fenêtres du rez-de-chaussée",
  "on a de l'eau jusqu'à la taille devant la maison", "l'eau a recouvert les boîtes aux lettres",
  "les voitures ont de l'eau jusqu'aux portières", "l'eau est au niveau du tablier du pont",
  "plus d'un mètre dans les maisons du bas", "la cour est une piscine", "on ne voit plus que le haut des clôtures",
  "l'eau lèche le parapet du pont",
];
const LEVELS = [...LEVELS_IN, ...LEVELS_OUT];
const RELATIVES = () =>
  pick([
    "mes parents âgés", `ma mère de ${int(78, 94)} ans`, "mon grand-père", `ma voisine de ${int(80, 95)} ans`,
    "mes beaux-parents", "ma fille et ses deux enfants", "mon oncle en fauteuil", `mon père de ${int(79, 92)} ans`,
    "un couple avec un bébé", "ma grand-mère",
  ]);

function riverName(c) {
  return c.river ? RIVERS[c.river].the : "l'eau";
}

function eyewitness(h, t) {
  const c = pickCommune(h, { riverside: true });
  const stage = floodStage(c, h);
  return {
    c,
    media: chance(0.3),
    build: (a) => {
      const C = cn(c, a);
      const R = riverName(c);
      const c2 = neighbour(c);
      let body;
      if (stage === 0) {
        body = oneOf(
          () => `L'eau monte dans la rue à ${C}, ${int(10, 40)} cm de plus en une heure`,
          () => `${cap(R)} déborde à ${C}, les barthes sont déjà sous l'eau`,
          () => `Les barthes sont complètement sous l'eau entre ${C} et ${cn(c2, a)}`,
          () => `À ${C}, ${R} a envahi le parking du bord de l'eau`,
          () => `Ça monte vite à ${C}, les pompes ne suffisent plus`,
          () => `Première fois que je vois ${R} aussi haut à ${C}`,
          () => `L'eau commence à rentrer dans les caves à ${C}`,
          () => `Le stade de ${C} est sous l'eau`,
          () => `Les champs entre ${C} et ${cn(c2, a)} sont devenus des lacs`,
          () => `On surveille le niveau toutes les heures, ${int(20, 60)} cm de plus depuis ${moment(t)} à ${C}`,
          () => `L'eau monte dans la rue, ${street()} à ${C}. On sort les parpaings pour surélever les meubles`,
          () => `${cap(R)} est à deux doigts de passer par-dessus la digue à ${C}`,
        );
      } else if (stage === 1) {
        body = oneOf(
          () => `${C} : ${pick(LEVELS)}`,
          () => `Ça y est, c'est entré dans la maison à ${C} : ${pick(LEVELS_IN)}. On a tout monté à l'étage`,
          () => `Le centre de ${C} est sous l'eau, on circule en barque`,
          () => `${cap(moment(t))} à ${C} : ${pick(LEVELS)}`,
          () => `Des voitures emportées par le courant ${street()} à ${C}`,
          () => `Plus d'accès ${aQ(quarterOf(c))} à ${C}, tout est sous l'eau`,
          () => `On est à l'étage à ${C}, ${pick(LEVELS)}. Pour l'instant ça va`,
          () => `La maison des voisins est cernée, l'eau est à mi-hauteur des volets. ${C}`,
          () => `Vue du pont de ${C}, c'est impressionnant, des troncs d'arbres passent à toute vitesse`,
          () => `Mon père (${int(80, 92)} ans) dit qu'il n'a jamais vu ${R} aussi haut à ${C}`,
          () => `${cap(quarterOf(c))} à ${C}, ${moment(t)}. ${cap(pick(LEVELS))}`,
          () => `Jamais vu ça. ${cap(R)} a tout recouvert à ${C}, on ne distingue plus la route des champs`,
        );
      } else {
        body = oneOf(
          () => `L'eau commence à baisser à ${C}, enfin`,
          () => `${cap(R)} redescend doucement à ${C}, on découvre les dégâts`,
          () => `Il reste ${int(5, 40)} cm dans le salon, tout est couvert de boue. ${C}`,
          () => `La marque sur le mur : ${fmtM(1 + rand() * 0.9)} m. Du jamais vu ici à ${C}`,
          () => `Ça baisse de ${int(3, 12)} cm par heure à ${C}`,
          () => `Les rues de ${C} réapparaissent, une odeur de vase partout`,
          () => `Décrue à ${C} mais les barthes vont rester noyées des jours`,
        );
      }
      const photo = chance(0.35) ? ` ${pick(["📸 photo prise il y a 10 min", "Photo de ma fenêtre", "(vidéo ⬇️)", "Ma rue ce matin", "Photo : mon voisin"])}` : "";
      return photo ? `${body}${/[.!?…)]$/.test(body) ? "" : "."}${photo}` : body;
    },
    alt: () =>
      pick([
        `Rue inondée à ${c.name}, l'eau arrive à mi-hauteur des portes des maisons`,
        `${cap(riverName(c))} en crue vu depuis le pont de ${c.name}`,
        "Champ inondé, on ne voit plus que le haut des clôtures",
        "Voiture immergée jusqu'aux vitres dans une rue",
        "Façade de maison avec de l'eau boueuse jusqu'aux fenêtres",
        "Parking sous l'eau, des panneaux dépassent à peine",
        null,
      ]),
    cat: "eyewitness",
    virality: 2.5,
  };
}

function trapped(h, t) {
  const c = pickCommune(h, { riverside: true, spread: 5 });
  const withPhone = chance(0.3);
  const withAddress = chance(0.6);
  return {
    c,
    media: chance(0.12),
    urgent: true,
    pii: withPhone || withAddress,
    build: (a) => {
      const C = cn(c, a);
      const where = withAddress ? address(c, a) : `${quarterOf(c)} à ${C}`;
      const tel = withPhone ? ` ${pick(["Appelez-moi au", "Mon numéro :", "Tel :", "joignable au"])} ${phone()}` : "";
      const who = RELATIVES();
      return (
        oneOf(
          () => `Bloqués à l'étage avec ${who}, ${where}, l'eau monte, on ne peut plus sortir.`,
          () => `${cap(who)} ${/^(mes |ma fille et)/.test(who) ? "ne peuvent" : "ne peut"} pas sortir, ${where}, l'eau est au rez-de-chaussée et le 18 ne répond pas. Quelqu'un peut passer ??`,
          () => `On est ${int(3, 6)} dont ${int(1, 2)} enfants sur le toit du garage, ${where}. AIDEZ NOUS @SDIS40`,
          () => `Voisin de ${int(80, 92)} ans coincé ${where}, il ne répond plus au téléphone, quelqu'un est sur place ?`,
          () => `Personne dialysée bloquée ${where}, elle doit absolument aller à Dax demain matin, comment faire ?`,
          () => `Nous sommes coincés dans la voiture sur la ${pick(ROADS)} près de ${C}, l'eau monte autour`,
          () => `Mon frère est bloqué dans sa ferme à ${C} avec les bêtes, plus de courant, plus de réseau, dernier message il y a 2h`,
          () => `Famille avec bébé bloquée au 1er étage, ${where}. Le 18 ne répond pas !!`,
          () => `On a appelé le 18 il y a 3 heures, toujours personne. On est avec ${who}, ${where}. L'eau est à la 4e marche`,
          () => `Mon père n'est pas rentré, il est parti voir ses bêtes dans les barthes à ${C} vers ${int(16, 19)}h, sans nouvelles depuis`,
        ) + tel
      );
    },
    alt: () => pick(["Escalier intérieur envahi par l'eau", "Vue depuis une fenêtre d'étage sur une rue inondée", null]),
    cat: "trapped",
    virality: 4,
    copyable: true,
  };
}

function help(h) {
  const c = pickCommune(h, { riverside: true });
  const pii = chance(0.25);
  return {
    c,
    pii,
    build: (a) => {
      const C = cn(c, a);
      const contact = pii ? ` ${pick([`Contact : ${phone()}`, `Écrivez-moi : ${email(a)}`, `C'est au ${address(c, a)}`])}` : "";
      return (
        oneOf(
          () => `Besoin d'aide pour monter les meubles à l'étage à ${C}, vite, l'eau arrive.`,
          () => `Quelqu'un a une pompe à prêter à ${C} ?`,
          () => `On cherche des sacs de sable à ${C}, la mairie n'en a plus.`,
          () => `Besoin de bras demain pour vider la maison de ma grand-mère à ${C}.`,
          () => `Qui a un groupe électrogène vers ${C} ? Mon père est sous oxygène`,
          () => `Quelqu'un sait si on peut retourner récupérer des affaires ${aQ(quarterOf(c))} à ${C} ?`,
          () => `Quelqu'un aurait une barque ou un kayak à ${C} ? Ma tante veut récupérer ses médicaments`,
        )
      );
    },
    cat: "help",
    virality: 1.8,
    copyable: true,
  };
}

function road(h) {
  const [a1, b1] = pick(ROAD_PAIRS);
  const c = byName[a1];
  const c2 = byName[b1];
  return {
    c,
    media: chance(0.15),
    build: (a) => {
      const A = cn(c, a);
      const B = cn(c2, a);
      return oneOf(
        () => `Route coupée entre ${A} et ${B}, demi-tour obligatoire`,
        () => `D824 : ralentissements, de l'eau sur la chaussée au niveau de ${A}`,
        () => `N124 fermée vers Aire, bouchon de ${int(2, 8)} km`,
        () => `A63 : ça roule au pas vers Saint-Geours, de l'eau sur la voie de droite`,
        () => `Pont de ${A} fermé à la circulation`,
        () => `La ${pick(ROADS)} est coupée à ${A}, la gendarmerie bloque`,
        () => `GPS qui m'envoie sur une route inondée entre ${A} et ${B} 🙄 faites gaffe`,
        () => `Il y a un autre moyen que par ${A} pour aller à ${B} ? Tout est fermé`,
        () => `D933 sous l'eau avant ${A}, des voitures font demi-tour`,
        () => `Voiture abandonnée dans l'eau sur la ${pick(ROADS)} vers ${A}, ne tentez pas le passage`,
        () => `Route coupée entre Dax et Saint-Paul, déviation par le pont de l'autoroute`,
        () => `Plus de trains entre Dax et Bayonne, les voies sont inondées`,
        () => `Accès à ${A} uniquement par ${B}, et encore, ça passe tout juste`,
      );
    },
    alt: () => pick(["Route départementale submergée, un panneau de route barrée au premier plan", "File de voitures arrêtées devant une route inondée", null]),
    cat: "road",
    virality: 1.5,
  };
}

function utility(h) {
  const c = pickCommune(h);
  return {
    c,
    build: (a) => {
      const C = cn(c, a);
      return oneOf(
        () => `Plus de courant depuis ${int(2, 14)}h à ${C}`,
        () => `Enedis annonce une coupure jusqu'à demain sur ${C}, on va dormir à la bougie`,
        () => `Plus de réseau Orange à ${C}, je poste depuis chez la voisine en wifi`,
        () => `Eau non potable à ${C} selon la mairie, on fait comment ?`,
        () => `Coupure d'eau à ${C} depuis ${moment(h * HOUR)}`,
        () => `Le transformateur de ${C} est sous l'eau, plus rien ne marche dans le quartier`,
        () => `Plus d'électricité à ${C}, les congélateurs vont tout perdre`,
        () => `Internet coupé à ${C}, la box est morte et plus de 4G non plus`,
        () => `@EnedisLandes toujours rien à ${C}, une idée de l'heure de retour ?`,
        () => `Plus de téléphone fixe ni portable à ${C}, impossible d'appeler le 18`,
      );
    },
    cat: "utility",
    virality: 1.2,
  };
}

function evac(h, t) {
  const c = pickCommune(h, { riverside: true });
  return {
    c,
    media: chance(0.1),
    build: (a) => {
      const C = cn(c, a);
      return oneOf(
        () => `Évacuation en cours ${deQ(quarterOf(c))} à ${C}`,
        () => `On a été évacués ${moment(t)}, on est ${aQ(shelterOf(c))}. Merci aux bénévoles`,
        () => `${cap(shelterOf(c))} accueille les évacués, lits de camp et repas chauds`,
        () => `La mairie de ${C} demande aux habitants des barthes de partir`,
        () => `Je refuse de partir, j'ai mes bêtes. On verra bien`,
        () => `Où est-ce qu'on peut aller avec un chien ? ${cap(shelterOf(c))} les accepte ?`,
        () => `Les gendarmes passent porte à porte à ${C} pour faire évacuer`,
        () => `Gymnase de Tartas ouvert, on y est avec les enfants, super accueil`,
        () => `EHPAD de ${C} évacué par précaution, les résidents sont transférés`,
        () => `On quitte la maison, ${pick(LEVELS)}. Direction chez ma sœur à ${cn(neighbour(c), a)}`,
      );
    },
    cat: "evac",
    virality: 2,
  };
}

function rescue(h, t) {
  const c = pickCommune(h, { riverside: true, spread: 5 });
  return {
    c,
    media: chance(0.25),
    build: (a) => {
      const C = cn(c, a);
      return oneOf(
        () => `Les pompiers évacuent en bateau ${street()} à ${C}`,
        () => `Hélicoptère au-dessus de ${C} depuis une heure, ils hélitreuillent des gens sur les toits`,
        () => `Les pompiers du SDIS 40 sont arrivés, merci !!`,
        () => `Gros convoi de pompiers venus du Gers et des Pyrénées-Atlantiques sur la D824`,
        () => `Zodiac de la gendarmerie dans les rues de ${C}`,
        () => `Les militaires de la sécurité civile sont arrivés à ${C} avec des camions amphibies`,
        () => `Hélitreuillage en cours à ${C}, on voit tout de la fenêtre`,
        () => `Bravo aux pompiers de ${C}, ils ont sorti ma voisine de ${int(85, 96)} ans en barque`,
        () => `Des bateaux de la protection civile font des rotations à ${C} depuis ${moment(t)}`,
      );
    },
    alt: () => pick(["Hélicoptère en vol stationnaire au-dessus de maisons inondées", "Bateau de pompiers dans une rue inondée", "Pompiers en combinaison étanche guidant une barque", null]),
    cat: "rescue",
    virality: 2.5,
  };
}

function solidarity(h) {
  const c = pickCommune(h);
  const pii = chance(0.22);
  return {
    c,
    pii,
    media: chance(0.08),
    build: (a) => {
      const C = cn(c, a);
      const contact = pii ? ` Contact : ${pick([phone(), email(a)])}` : "";
      return (
        oneOf(
          () => `Je peux héberger ${int(2, 6)} personnes à ${C}, maison au sec, contactez-moi en MP`,
          () => `J'ai un tracteur et une remorque dispo vers ${C} si besoin pour déménager`,
          () => `Canoë dispo à ${C}, je peux aider les pompiers si besoin`,
          () => `Je fais des repas chauds pour les sinistrés, passez au ${address(c, a)}`,
          () => `Dispo demain pour aider à nettoyer à ${C}, j'ai des bottes et une raclette 💪`,
          () => `La mairie de ${C} cherche des bénévoles pour remplir des sacs de sable, RDV aux services techniques`,
          () => `Collecte ${aQ(shelterOf(c))} : couvertures, vêtements secs, produits d'hygiène, lait infantile`,
          () => `Besoin de croquettes et de cages pour les animaux des évacués de ${C}`,
          () => `Boulangerie de ${C} : pain offert aux sinistrés et aux pompiers`,
          () => `Je garde les animaux des familles évacuées, j'ai un grand terrain à ${C}`,
          () => `Appel à bénévoles demain 9h devant la mairie de ${C} pour vider les maisons`,
          () => `Besoin de bénévoles, de sacs de sable et de bras à ${C}, la mairie est débordée`,
          () => `Qui peut prêter un déshumidificateur ? Famille sinistrée à ${C}`,
          () => `Cagnotte pour la famille de ${C} qui a tout perdu : https://cagnotte.example.invalid/${slug(c.name)}-${int(100, 999)}`,
        ) + contact
      );
    },
    alt: () => pick(["Tables de dons avec couvertures et packs d'eau dans une salle des fêtes", null]),
    cat: "solidarity",
    virality: 2,
    copyable: true,
  };
}

function sympathy(h) {
  const c = pickCommune(h, { riverside: true });
  return {
    c,
    build: (a) => {
      const C = cn(c, a);
      return oneOf(
        () => `Pensées pour tous les Landais touchés 💙`,
        () => `Courage à nos amis de ${C}`,
        () => `Bravo et merci aux pompiers du SDIS 40 👏`,
        () => `De tout cœur avec les sinistrés de ${C}`,
        () => `Mes parents sont à ${C}, je suis à ${pick(FAR_CITIES)} et je me sens impuissante…`,
        () => (c.name === "Dax" ? "Force aux Dacquois 🙏" : `Force à tous les habitants ${de(C)} 🙏`),
        () => `Les images de ${C} font mal au cœur. Courage`,
        () => `J'ai grandi à ${C}, voir la maison de mon enfance sous l'eau 😢`,
        () => `Soutien total aux bénévoles et aux secours, vous êtes formidables`,
        () => `Pensées pour les agriculteurs de la vallée de l'Adour, encore une fois`,
      );
    },
    cat: "sympathy",
    virality: 1,
  };
}

function criticism(h) {
  const c = pickCommune(h, { riverside: true });
  return {
    c,
    build: (a) => {
      const C = cn(c, a);
      return oneOf(
        () => `On est à ${C} depuis 10h sans aucune nouvelle de la mairie`,
        () => `FR-Alert reçu à 2h du matin alors que l'eau était déjà dans la maison 🤬`,
        () => `À chaque crue c'est pareil, et on continue de construire dans les barthes`,
        () => `Le site Vigicrues ne répond plus, bravo`,
        () => `Trois fois en cinq ans. Les digues c'est pour quand ?`,
        () => `Les élus font des photos pendant qu'on écope`,
        () => `Pourquoi les routes n'ont pas été fermées plus tôt ? Des gens se sont fait piéger`,
        () => `Le 18 sonne dans le vide depuis 20 minutes, c'est normal ??`,
        () => `Toujours personne à ${C}, on est les oubliés de la crue`,
        () => `On nous a dit que l'eau ne dépasserait pas le niveau de 2014, résultat on a rien monté à l'étage`,
        () => `Plus d'entretien des fossés depuis des années, voilà le résultat à ${C}`,
        () => `Les sacs de sable sont arrivés quand l'eau était déjà dans les maisons`,
        () => `Pas un seul message de la préfecture pour ${C}, on se débrouille entre voisins`,
      );
    },
    cat: "criticism",
    virality: 1.4,
  };
}

function damage(h) {
  const c = pickCommune(h, { riverside: true, spread: 12 });
  return {
    c,
    media: chance(0.3),
    build: (a) => {
      const C = cn(c, a);
      return oneOf(
        () => `Tout le rez-de-chaussée est à refaire à ${C}`,
        () => `Assureur injoignable depuis ce matin, qqn a réussi à avoir le sien ?`,
        () => `Une benne devant chaque maison ${street()} à ${C}, des vies entières sur le trottoir`,
        () => `Déclaration de catastrophe naturelle : vous savez comment faire ? La mairie de ${C} ne répond pas`,
        () => `Les canards de l'élevage de mon voisin à ${C}, ${int(800, 4000)} bêtes noyées 😢`,
        () => `Le maïs stocké dans le hangar est perdu, une année de travail`,
        () => `Nettoyage à ${C} : on a sorti ${int(2, 8)} brouettes de boue du salon`,
        () => `Pensez à prendre des photos de tout avant de jeter, pour l'assurance`,
        () => `L'école de ${C} a pris 50 cm d'eau, pas de classe avant longtemps`,
        () => `Chantier participatif demain à ${C}, venez avec gants et bottes`,
        () => `Les commerces du centre de ${C} sont dévastés, soutenez-les quand ils rouvriront`,
      );
    },
    alt: () => pick(["Meubles et électroménager entassés devant une maison après l'inondation", "Salon couvert de boue, marque d'eau à un mètre sur le mur", null]),
    cat: "damage",
    virality: 1.5,
  };
}

function animals(h) {
  const c = pickCommune(h, { riverside: true });
  const pii = chance(0.3);
  return {
    c,
    pii,
    media: chance(0.45),
    build: (a) => {
      const C = cn(c, a);
      return (
        oneOf(
          () => `Chevaux bloqués sur une butte dans les barthes de ${C}, quelqu'un peut prévenir ?`,
          () => `Perdu chien noir et blanc à ${C}, il a fugué pendant l'évacuation`,
          () => `Trouvé un chat trempé près du pont de ${C}, il est au chaud chez nous`,
          () => `Des vaches dans l'eau jusqu'au ventre à ${C}, l'éleveur n'arrive pas à les sortir`,
          () => `Les chiens de la fourrière de ${C} ont été mis à l'abri, merci aux bénévoles`,
        ) + (pii ? ` ${phone()}` : "")
      );
    },
    alt: () => pick(["Chevaux groupés sur un monticule entouré d'eau", "Chien mouillé sur une couverture", null]),
    cat: "animals",
    virality: 1.8,
    copyable: true,
  };
}

function transport(h) {
  const c = pickCommune(h);
  return {
    c,
    build: (a) => {
      const C = cn(c, a);
      return oneOf(
        () => `Les écoles sont fermées lundi dans tout le département ?`,
        () => `Ligne TER Dax–Bayonne coupée, il y a des bus de substitution ?`,
        () => `Ramassage scolaire annulé à ${C} demain, quelqu'un confirme ?`,
        () => `Collège de ${C} fermé lundi d'après le groupe des parents`,
        () => `Je bosse à Mont-de-Marsan et j'habite ${C}, vous passez par où ?`,
        () => `Les bus de la ligne ${int(1, 30)} ne desservent plus ${C}`,
      );
    },
    cat: "transport",
    virality: 1,
  };
}

// Rumours: each has a start, a debunk time and a family of texts (copied, mutated, shared).
const RUMOURS = [
  {
    key: "barrage",
    start: 17.5,
    debunk: 20.6,
    c: byName["Saint-Sever"],
    texts: (a) => [
      `‼️ URGENT ‼️ D'après un ami pompier le barrage en amont d'Aire va céder dans la nuit, une vague de 2 mètres va arriver sur Saint-Sever et Mont-de-Marsan. PARTAGEZ, évacuez MAINTENANT !!`,
      `Il paraît que le barrage va céder cette nuit, quelqu'un confirme ?? On est à ${cn(byName["Saint-Sever"], a)}`,
      `Ma belle-sœur travaille à la mairie : le barrage va céder, c'est sûr, ils ne le disent pas pour éviter la panique`,
      `LE BARRAGE VA CÉDER !!! montez tous sur les hauteurs, la préfecture cache la vérité`,
      `On parle d'une rupture de barrage en amont, des gens quittent déjà ${cn(byName["Grenade-sur-l'Adour"], a)}`,
    ],
    media: false,
  },
  {
    key: "photo2014",
    start: 19.2,
    debunk: 22.5,
    c: byName.Dax,
    texts: (a) => [
      `Place de la Fontaine-Chaude à ${cn(byName.Dax, a)} ce matin 😱😱 du jamais vu`,
      `Regardez Dax ce matin, tout le centre est sous l'eau 😱`,
      `La Fontaine Chaude sous 1 m d'eau aujourd'hui, incroyable`,
    ],
    media: true,
    mediaUrl: "https://media.example.invalid/landes/9f2c1e07ab44.jpg",
    alt: "Place avec une fontaine fumante, entièrement inondée (photo de 2014)",
  },
  {
    key: "pillards",
    start: 22,
    debunk: 26.2,
    c: byName.Tartas,
    texts: (a) => [
      `Des pilleurs en camionnette blanche font les maisons évacuées à ${cn(byName.Tartas, a)}, ils se font passer pour des pompiers ! Fermez tout et prévenez vos voisins`,
      `Attention pillards signalés à ${cn(pick([byName.Dax, byName.Saubusse, byName.Tartas]), a)} dans les maisons évacuées !! Partagez`,
      `Ils profitent de la crue pour cambrioler, mon cousin en a vu deux sortir d'une maison à ${cn(byName["Pontonx-sur-l'Adour"], a)} avec des télés`,
      `Faux pompiers qui demandent de l'argent pour évacuer les gens, c'est confirmé par un gendarme que je connais`,
    ],
    media: false,
  },
  {
    key: "evacuation",
    start: 23,
    debunk: 25.1,
    c: byName.Dax,
    texts: (a) => [
      `🚨 OFFICIEL 🚨 La préfecture ordonne l'évacuation TOTALE de ${cn(byName.Dax, a)} avant 18h. Le pont va être fermé. Message reçu de la mairie, partagez !`,
      `Évacuation générale de Dax et Saint-Paul avant ce soir, communiqué officiel en photo ⬇️`,
      `C'est officiel on doit tous quitter Dax avant 18h, ma voisine a reçu le SMS`,
    ],
    media: true,
    mediaUrl: "https://media.example.invalid/landes/0bd7e5a19c3f.jpg",
    alt: "Capture d'écran d'un faux communiqué à en-tête de la préfecture",
  },
  {
    key: "vannes",
    start: 27,
    debunk: 31,
    c: byName.Saubusse,
    texts: (a) => [
      `Ils ont ouvert les vannes pour noyer les barthes et sauver Bayonne, les petits villages comme ${cn(byName.Saubusse, a)} on s'en fiche`,
      `On a sacrifié la Chalosse pour protéger Mont-de-Marsan, tout le monde le sait ici`,
      `Les vannes ont été ouvertes exprès cette nuit, pourquoi personne n'en parle ??`,
    ],
    media: false,
  },
  {
    key: "eau",
    start: 28.5,
    debunk: 32,
    c: byName.Dax,
    texts: (a) => [
      `L'eau du robinet n'est plus potable dans TOUTE l'agglo de ${cn(byName.Dax, a)}, ne buvez pas !! Info d'un agent du SYDEC`,
      `Ne buvez plus l'eau du robinet dans les Landes, elle est contaminée par la crue !!!`,
      `Eau contaminée à Saint-Paul, il y a déjà des gens malades paraît-il`,
    ],
    media: false,
  },
];
const DEBUNKS = {
  barrage: (a) => [
    `Non, aucun barrage ne va céder, la préfecture a démenti. Arrêtez de partager ça`,
    `Le barrage qui va céder c'est FAUX, il n'y a même pas de grand barrage sur l'Adour en amont`,
    `Infox du barrage : vérifiée et démentie par @Prefet40. Partagez plutôt les consignes officielles`,
  ],
  photo2014: (a) => [
    `Attention fake : la photo de la Fontaine-Chaude à Dax date de 2014 !`,
    `Cette photo qui tourne est de février 2014, recherche d'image inversée en 10 secondes. Ne la relayez pas`,
    `La photo "Dax ce matin" est une vieille photo, la Fontaine-Chaude n'est pas inondée aujourd'hui`,
  ],
  pillards: (a) => [
    `La gendarmerie dit qu'aucun pillage n'a été constaté, arrêtez d'affoler les gens`,
    `Les "faux pompiers" c'est une rumeur, les gendarmes patrouillent dans les zones évacuées`,
  ],
  evacuation: (a) => [
    `Le message d'évacuation générale de Dax est un FAUX, la préfecture l'a démenti`,
    `Non il n'y a pas d'évacuation totale de Dax, seulement les quartiers bas. Vérifiez sur le compte de la préfecture`,
  ],
  vannes: (a) => [
    `Il n'y a pas de vannes à ouvrir sur l'Adour, les barthes sont faites pour être inondées, c'est leur rôle`,
    `Personne n'a "sacrifié" la Chalosse, c'est la géographie. Les barthes sont des zones d'expansion de crue`,
  ],
  eau: (a) => [
    `L'eau n'est non potable qu'à Saubusse et Rivière-Saas-et-Gourby, pas dans toute l'agglo`,
    `Restrictions d'eau potable : seulement quelques communes, la liste est sur le site de la préfecture`,
  ],
};

function rumour(h) {
  const active = RUMOURS.filter((r) => r.start <= h);
  if (!active.length) return null;
  const r = weighted(active.map((x) => [x, h < x.debunk ? 3 * bell(h, x.start + 2, 4) + 0.3 : 0.5 * bell(h, x.debunk, 6) + 0.05]));
  return {
    c: r.c,
    rumourKey: r.key,
    fixedMedia: r.media ? [{ url: r.mediaUrl, type: "image", alt: chance(0.3) ? r.alt : null }] : null,
    build: (a) => pick(r.texts(a)),
    cat: "rumour",
    virality: 4,
    copyable: true,
  };
}

function debunk(h) {
  const done = RUMOURS.filter((r) => r.debunk <= h);
  if (!done.length) return null;
  const r = weighted(done.map((x) => [x, bell(h, x.debunk + 1.5, 5) + 0.05]));
  return { c: r.c, rumourKey: r.key, build: (a) => pick(DEBUNKS[r.key](a)), cat: "debunk", virality: 2 };
}

function noise(h) {
  const c = pickCommune(h);
  return {
    c,
    media: chance(0.2),
    build: (a) => {
      const C = cn(c, a);
      return oneOf(
        () => `Recette du jour : salade de betterave crue et pommes, facile et délicieux 🥕`,
        () => `Le secret d'une bonne pâte sablée : la laisser reposer crue au frigo une nuit`,
        () => `Carpaccio de courgette crue, huile d'olive, citron. Simple.`,
        () => `Match de folie ce week-end, un vrai déluge de buts 6-3 ⚽`,
        () => `Déluge de buts en Ligue 2 hier soir, quelle soirée`,
        () => `Désolée je suis inondée de messages depuis mon annonce, je réponds à tout le monde ce soir`,
        () => `Inondé de boulot ce week-end, pas le temps de souffler`,
        () => `Soirée karaoké au Café de l'Adour samedi prochain, venez nombreux !`,
        () => `Les Landes c'est surtout les vagues d'Hossegor 🏄 vivement l'été`,
        () => `Vous allez à la feria de Dax cet été ? On cherche une bodega sympa`,
        () => `Crue des prix chez mon primeur, 4€ le chou-fleur 😤`,
        () => `Submergée par l'émotion devant ce film, je pleure encore`,
        () => `Ma boîte mail est inondée de pubs pour des soldes, au secours`,
        () => `Concert de "La Crue" (groupe de rock de ${C}) reporté, dommage`,
        () => `🎁 GAGNEZ un iPhone 17 ! Likez et partagez #inondations #Landes #crue #Dax`,
        () => `Randonnée au bord de l'Adour à ${C} l'été dernier, ça me manque`,
        () => `Promo sur les bottes de pluie au magasin de ${C}, on dirait qu'ils savent quelque chose 😂`,
        () => `Mon fils a inondé la salle de bain en prenant son bain, c'était notre crue à nous`,
        () => `Ce soir tapas et vin du Tursan, la vie est belle`,
        () => `L'US Dax a écrasé tout le monde en match amical, un déluge d'essais 🏉`,
      );
    },
    alt: () => pick(["Assiette de salade colorée", "Terrain de football sous la pluie", "Bouteille de vin et tapas", null]),
    cat: "noise",
    virality: 0.6,
    noGeoHint: true,
  };
}

const ES_CITIES = ["Irun", "Donostia", "Hondarribia", "Bilbao", "Pamplona", "Hendaia"];
/** Tourists, expats, Spanish and Basque neighbours: [from hour, to hour, template(commune name)]. */
const EN_TEXTS = [
  [0, 20, (C) => `Red flood warning for the Adour in the Landes. If you're on holiday near ${C}, check Vigicrues before driving.`],
  [0, 18, (C) => `Rain hasn't stopped since this morning in ${C}. The river is rising fast. #Landes`],
  [0, 30, () => `Is the A63 still open between Bordeaux and Bayonne? Driving back to Spain tomorrow.`],
  [2, 24, (C) => `Our gîte near ${C} has water in the garden already. Guests are asking whether they should leave.`],
  [8, 20, (C) => `Just got an FR-Alert on my phone in ${C}, French only. Can someone translate? #Landes`],
  [6, 30, () => `Stuck in Dax, trains to Bayonne cancelled because of the floods. Any hotel with rooms left? #flooding`],
  [14, 36, (C) => `The Adour in ${C} this morning. Never seen anything like it. Stay safe everyone.`],
  [14, 36, (C) => `We live near ${C} (Chalosse), the valley is one big lake. Power out since last night. #FranceFloods`],
  [12, 30, (C) => `Helicopters all night over ${C}. Hoping everyone is safe.`],
  [10, 40, (C) => `Anyone from the English-speaking community near ${C} needing help? We have a 4x4 and spare rooms.`],
  [9, 40, () => `Prefecture says: do not drive through flooded roads, go upstairs, call 112. Sharing for non-French speakers 🇬🇧`],
  [14, 36, (C) => `Does anyone know if ${C} is reachable? My parents live there and their phones are down.`],
  [21, 34, () => `That "dam about to break" post is fake, the prefecture denied it. Please don't share it.`],
  [12, 40, () => `Heavy flooding in SW France: Dax, Tartas, Mont-de-Marsan under water. Thoughts with everyone there.`],
  [16, 34, (C) => `Our neighbours in ${C} were rescued by boat an hour ago. The firefighters are amazing.`],
  [30, 48, (C) => `Water is finally going down in ${C}. The mud everywhere is unbelievable.`],
  [32, 48, (C) => `Volunteering tomorrow in ${C} to help clean houses. Bring gloves and boots if you can come.`],
  [36, 48, () => `Insurance question for expats in the Landes: do we have to wait for the "catastrophe naturelle" decree before claiming?`],
  [34, 48, (C) => `Drove through ${C} today. Piles of ruined furniture in front of every house. Heartbreaking.`],
];
const ES_TEXTS = [
  [0, 20, () => `Alerta roja por crecidas en las Landas, evitad la zona de Dax si venís de vacaciones.`],
  [0, 30, () => `¿Alguien sabe si la A63 está cortada? Tengo que ir a Burdeos mañana.`],
  [4, 32, () => `Atención camioneros: retenciones en la A63 a la altura de Saint-Geours-de-Maremne por agua en la calzada.`],
  [0, 16, (C) => `Llueve sin parar en ${C}, el río ya se está saliendo.`],
  [12, 36, (C) => `Inundaciones en las Landas: el Adour desbordado en ${C}. Mucho ánimo a nuestros vecinos franceses 💙`],
  [12, 36, (C) => `Impresionantes imágenes de ${C} bajo el agua #Landes`],
  [10, 40, (C) => `Desde ${pick(ES_CITIES)}, toda nuestra solidaridad con la gente de ${C}.`],
  [14, 32, (C) => `Los bomberos de las Landas están rescatando gente en helicóptero en ${C}. Increíble trabajo.`],
  [21, 34, () => `Bulo: no hay ninguna presa a punto de romperse en las Landas, lo ha desmentido la prefectura.`],
  [14, 34, (C) => `Mi hermana vive en ${C} y lleva horas sin luz ni cobertura. ¿Alguien tiene noticias?`],
  [30, 48, (C) => `Ya baja el agua en ${C}, pero los daños son enormes.`],
  [36, 48, () => `La A63 vuelve a circular con normalidad hacia Burdeos.`],
  [34, 48, (C) => `Voluntarios de Gipuzkoa irán mañana a ayudar a limpiar en ${C}.`],
];
const OC_TEXTS = [
  [8, 36, () => `Aigat de l'Ador : coratge a totas e a tots de Dacs, Tartàs e Sent Sever 💙 #Landes`],
  [12, 36, () => `L'Ador qu'es sortit deu son lheit, las barthas que son devath l'aiga. Coratge !`],
  [32, 48, () => `Las aigas que baishan a Dacs, mès quin desastre.`],
];
const EU_TEXTS = [
  [8, 40, () => `Animo Akizeko eta Landetako lagunei! 💙 #Landes`],
  [12, 36, () => `Uholde handiak Landetan. Indarrak guztioi, bereziki Akize eta Tartasen.`],
  [32, 48, () => `Akizen ura jaisten hasi da. Animo!`],
];

function foreign(lang, h) {
  const all = { en: EN_TEXTS, es: ES_TEXTS, oc: OC_TEXTS, eu: EU_TEXTS }[lang];
  const open = all.filter(([from, to]) => h >= from && h <= to);
  const [, , tpl] = pick(open.length ? open : all);
  const c = pickCommune(h, { riverside: true, spread: 5 });
  const text = tpl(c.name);
  const mentioned = text.includes(c.name) ? c : (COMMUNES.find((x) => text.includes(x.name)) ?? null);
  return { c: mentioned, lang, build: () => text, cat: "foreign", virality: 1, media: lang !== "oc" && chance(0.15) };
}

/** A longer first-person account, as people write on Facebook or under an Instagram photo. */
function testimony(h, t) {
  const c = pickCommune(h, { riverside: true });
  const stage = floodStage(c, h);
  return {
    c,
    media: chance(0.4),
    build: (a) => {
      const C = cn(c, a);
      const R = riverName(c);
      const intro = pick([
        "Petit message pour donner des nouvelles à ceux qui s'inquiètent.",
        "Je n'ai pas dormi de la nuit.",
        `On vit à ${C} depuis ${int(10, 45)} ans et on n'a jamais vu ça.`,
        "Voilà, c'est arrivé.",
        "Pour ceux qui me demandent :",
        `${cap(dayName(t))} ${moment(t).replace(/^ce(tte|t)? /, "")}, ${C}.`,
      ]);
      const middles = [
        [
          `Hier l'eau était encore dans les barthes, ${moment(t)} elle est dans la rue.`,
          "On a monté ce qu'on pouvait à l'étage avec les voisins : canapé, papiers, photos.",
          "Les pompiers sont passés nous dire de nous préparer à partir.",
          `${cap(R)} monte d'environ ${int(5, 20)} cm par heure d'après l'échelle du pont.`,
          "Les voitures sont garées en haut du village, on a fait des réserves d'eau et de bougies.",
        ],
        [
          `${cap(pick(LEVELS))}.`,
          `On a été évacués en barque vers ${shelterOf(c)}, les enfants ont trouvé ça presque drôle, pas nous.`,
          `Ma mère est chez nous, sa maison ${de(C)} a pris plus d'un mètre.`,
          "On entend l'hélicoptère tourner depuis des heures.",
          "Plus de courant, plus d'eau potable, on recharge les téléphones dans la voiture.",
          "Les voisins du bas sont montés chez nous avec leur chien, on attend.",
        ],
        [
          `L'eau est repartie ${moment(t)}, elle a laissé ${int(3, 15)} cm de boue partout.`,
          "Le frigo, le canapé, les meubles de la cuisine : tout est bon pour la benne.",
          "Les voisins et des inconnus sont venus nous aider à vider la maison, merci à eux.",
          "L'assurance nous dit d'attendre l'arrêté de catastrophe naturelle.",
          "Les murs vont mettre des semaines à sécher.",
        ],
      ][stage];
      const body = shuffled(middles).slice(0, int(2, 3)).join(" ");
      const closer = pick([
        "Merci pour tous vos messages ❤️",
        "Prenez soin de vous et restez prudents.",
        "On va s'en remettre, mais là c'est dur.",
        "Si vous pouvez aider, la mairie centralise les dons.",
        "Pensée pour tous ceux qui sont dans la même galère.",
      ]);
      return `${intro} ${body} ${closer}`;
    },
    alt: () => pick([`Intérieur de maison inondé à ${c.name}`, "Rue inondée vue depuis une fenêtre d'étage", "Pièce couverte de boue, meubles renversés", null]),
    cat: "testimony",
    virality: 2.2,
  };
}

const REPLIES = {
  trapped: (c) => [
    "Vous avez appelé le 18 ou le 112 ? Faites-le même si ça sonne longtemps", "Partagé. Courage, restez à l'étage",
    "@SDIS40 ⬆️⬆️", `Je préviens la mairie de ${c?.name ?? "votre commune"}`, "Mettez un drap blanc à la fenêtre pour que l'hélico vous repère",
    "Des nouvelles ?", "Mon cousin est pompier, je lui transmets", "Vous êtes à quel numéro exactement ?", "Courage 🙏",
    "J'ai une barque pas loin, je peux y aller si les pompiers ne sont pas là", "Coupez l'électricité et montez le plus haut possible",
  ],
  rumour: () => [
    "C'est faux, la préfecture a démenti", "Source ?", "Arrêtez de relayer n'importe quoi svp", "Vous avez vu ça où ?",
    "Pas d'infos officielles là-dessus, prudence", "Merci de vérifier avant de partager, ça fait paniquer les gens", "C'est vrai ?? 😱",
    "Partagé", "Oh mon dieu", "Quelqu'un a une source officielle ?", "Fake.",
  ],
  official: (c) => [
    "Merci pour les infos 🙏", `Et pour ${c?.name ?? "nous"} on fait comment ? personne ne passe`, "Les écoles seront fermées lundi ?",
    `Toujours pas de courant à ${pickCommune(30).name}`, "Merci à tous les pompiers 👏", "Un peu tard pour l'alerte…",
    "Où peut-on déposer des dons ?", `Est-ce que la ${pick(ROADS)} est rouverte ?`, "Merci pour votre travail", "Et les animaux, on en fait quoi ?",
  ],
  eyewitness: (c) => [
    "Impressionnant 😱", "C'est où exactement ?", `Chez nous aussi à ${c ? neighbour(c).name : "côté"}, ça monte`, "Faites attention à vous",
    "Prenez soin de vous", "Jamais vu ça", "Mon dieu, courage", "Vous êtes au sec ?", "C'est la rue de ma grand-mère 😢",
    "Transmettez la photo à la mairie", "Restez prudents",
  ],
  solidarity: () => [
    "Je peux aider demain matin", "Partagé !", "Vous avez besoin de quoi en priorité ?", "Merci pour votre générosité ❤️",
    "Je passe déposer des couvertures ce soir", "C'est toujours d'actualité ?", "MP envoyé",
  ],
  road: (c) => ["Et la D824 ça passe ?", "Merci, je devais y aller demain", `Même chose côté ${c ? neighbour(c).name : "nous"}`, "Les gendarmes bloquent aussi plus loin", "Merci pour l'info"],
  criticism: (c) => ["Entièrement d'accord", "Facile de critiquer, les pompiers font ce qu'ils peuvent", "Ce n'est pas le moment", `Pareil à ${c?.name ?? "chez nous"}, on se sent oubliés`, "Tellement vrai"],
  generic: () => ["Courage à tous", "💙", "🙏", "Merci pour l'info", "Prenez soin de vous", "Courage", "👍"],
};
const QUOTES = {
  eyewitness: (c) => ["Ça c'est à 200 m de chez moi 😳", "Voilà ce qu'on vit depuis hier soir", `Incroyable. Courage à ${c?.name ?? "tous"}`, "Les images parlent d'elles-mêmes"],
  official: () => ["À partager massivement ⬇️", "Enfin une info claire", "Consignes importantes 👇", "Lisez ça avant de prendre la voiture"],
  rumour: () => ["FAUX. Voir le démenti de la préfecture", "Attention, infox ⬇️", "Si c'est vrai c'est grave…", "Quelqu'un peut confirmer ?"],
  trapped: () => ["URGENT, partagez ⬇️", "Quelqu'un est à côté ?", "@SDIS40 ⬇️", "Partagez svp, c'est urgent"],
  criticism: () => ["Tout est dit", "Exactement", "Ça résume bien"],
  solidarity: () => ["Belle initiative 👏", "À partager ⬇️", "Bravo ❤️"],
  generic: () => ["⬇️", "À lire", "Voilà", "😢"],
};
const replyFamily = (cat) =>
  ({ testimony: "eyewitness", trapped: "trapped", help: "trapped", rumour: "rumour", official: "official", media: "official", eyewitness: "eyewitness", rescue: "eyewitness", evac: "eyewitness", damage: "eyewitness", solidarity: "solidarity", animals: "solidarity", road: "road", criticism: "criticism" })[cat] ?? "generic";

// =============================================================================================
// Official and media timeline (fictional statements, see the header)
// =============================================================================================

const st = (name) => STATIONS.find((s) => s.name.includes(name));
function stationLine(s, h) {
  return `${cap(s.name)} : ${fmtM(level(s, h))} m, ${trend(s, h)}`;
}

// [hour, org, networks, text, options]
const SCRIPT = [
  [0.2, "vigicrues", ["x", "bluesky", "mastodon"], () => `🟠 Vigilance ORANGE crues sur l'Adour moyen, la Midouze et le Luy. Montée des eaux attendue dans les prochaines 24 h. Suivez l'évolution sur vigicrues.gouv.fr #Landes #crue`, { img: "Carte de vigilance crues, tronçons de l'Adour et de la Midouze en orange" }],
  [0.5, "meteo", ["x", "bluesky", "facebook"], () => `🟠 Vigilance orange pluie-inondation pour les Landes et les Pyrénées-Atlantiques à partir de ce samedi 14h. Cumuls de 60 à 90 mm attendus sur le piémont, localement plus.`, { img: "Carte de France des vigilances, Landes et Pyrénées-Atlantiques en orange" }],
  [1.4, "prefet", ["x", "facebook", "bluesky"], () => `⚠️ #Landes Vigilance orange crues et pluie-inondation. Limitez vos déplacements, ne vous engagez pas sur une route inondée, même à pied. Renseignez-vous sur vigicrues.gouv.fr #inondations`, {}],
  [2.6, "sdis", ["x", "facebook"], () => `🚒 Crues : nos équipes sont pré-positionnées à Dax, Tartas et Saint-Sever. En cas de danger, composez le 18 ou le 112. Ne prenez pas votre voiture sur une route inondée. #SDIS40`, {}],
  [3.2, "echo", ["facebook", "x"], () => `Crue de l'Adour : les barthes de Saubusse et d'Orthevielle déjà sous l'eau, la montée se poursuit. Les riverains surveillent le niveau heure par heure.`, { img: "Barthes inondées au bord de l'Adour sous un ciel gris" }],
  [4.5, "dept", ["x", "facebook"], () => `🚧 Routes départementales : premières fermetures dans les Landes (D19 à Onard, D10 à Saubusse). Carte des coupures mise à jour en continu sur inforoute40. Ne forcez pas les barrages.`, {}],
  [6.1, "pignada", ["x", "facebook", "mastodon"], () => `🎙️ Crue de l'Adour : édition spéciale ce soir à 19h, avec les maires de Dax, Tartas et Saint-Sever. Envoyez-nous vos questions.`, {}],
  [7.9, "vigicrues", ["x", "bluesky", "mastodon"], () => `🔴 VIGILANCE ROUGE CRUES : Adour aval et Midouze. Crue majeure. Des débordements importants sont attendus à Dax, Tartas, Saint-Sever et Mont-de-Marsan cette nuit et demain. #Landes #crue`, { img: "Carte de vigilance crues, Adour aval et Midouze en rouge" }],
  [8.2, "prefet", ["x", "facebook", "bluesky", "mastodon"], () => `🔴 Les Landes passent en vigilance ROUGE crues. Le centre opérationnel départemental est activé. Montez à l'étage, coupez gaz et électricité si l'eau menace, ne descendez pas dans les sous-sols.`, { thread: [`Ne vous engagez pas sur les routes inondées, même en 4x4. 30 cm d'eau suffisent à emporter une voiture. Ne vous rendez pas sur les berges.`, `N'allez pas chercher vos enfants à l'école ou à la crèche : ils y sont en sécurité. Écoutez la radio (France Bleu, radios locales) et suivez nos comptes.`] }],
  [8.6, "prefet", ["x", "facebook"], () => `📲 Un message FR-Alert a été diffusé sur les téléphones présents dans les communes riveraines de l'Adour et de la Midouze. Suivez ses consignes.`, {}],
  [9.2, "meteo", ["x", "bluesky"], () => `🔴 Les Landes en vigilance rouge crues. Pluies encore soutenues cette nuit sur le piémont pyrénéen, amélioration dimanche après-midi.`, {}],
  [9.8, "dax", ["facebook", "x", "instagram"], () => `⚠️ Évacuation préventive des habitations du Sablar et des barthes ce soir à partir de 21h. Accueil à la salle omnisports. Les services municipaux passent dans chaque rue.`, { img: "Plan du quartier du Sablar avec la zone à évacuer en rouge" }],
  [10.3, "tartas", ["facebook"], () => `Le gymnase de Tartas est ouvert pour accueillir les habitants évacués. Couvertures et repas assurés par la Protection civile. Animaux acceptés en cage.`, {}],
  [10.9, "inforoute", ["x", "facebook"], () => `⛔ D824 fermée entre Pontonx-sur-l'Adour et Saint-Paul-lès-Dax (submersion). Déviation par l'A63 et la D947. ⛔ D933 fermée à Saint-Sever.`, {}],
  [11.5, "adour24", ["x", "facebook", "telegram", "youtube"], () => `🔴 DIRECT | Crue de l'Adour : évacuations à Dax et Tartas, l'eau monte plus vite que prévu. Suivez notre direct.`, { video: true }],
  [12.3, "sdis", ["x", "facebook", "instagram"], () => `🚒 Depuis 18h, ${fmtN(interventions(12.3))} interventions dans les Landes, ${rescued(12.3)} personnes mises en sécurité. Renforts en route depuis la Gironde et le Gers. Appelez le 18 ou le 112 uniquement en cas de danger.`, { img: "Pompiers en tenue de sauvetage aquatique près d'un bateau" }],
  [14.1, "enedis", ["x", "facebook"], () => `⚡ ${fmtN(homesWithoutPower(14.1))} foyers privés d'électricité dans les Landes, principalement autour de Tartas et de Saint-Sever. Nos équipes interviendront dès que l'accès sera sécurisé. Ne touchez pas aux câbles à terre.`, {}],
  [15.8, "sdis", ["x", "facebook"], () => `🚁 Hélicoptères de la sécurité civile et de la gendarmerie engagés cette nuit pour des hélitreuillages à Saint-Sever et Mugron. Signalez-vous aux fenêtres avec une lampe ou un drap clair.`, {}],
  [17.0, "vigicrues", ["x", "bluesky", "mastodon"], () => `${stationLine(st("Dax"), 17)}. Pic attendu dimanche en fin d'après-midi autour de 6,10 m. ${stationLine(st("Saint-Sever"), 17)}.`, {}],
  [18.4, "gend", ["x", "facebook"], () => `🚓 Gendarmes mobilisés sur les routes coupées. Pour votre sécurité, ne contournez pas les barrages : plusieurs automobilistes ont dû être secourus cette nuit.`, {}],
  [20.6, "prefet", ["x", "facebook", "bluesky", "mastodon"], () => `❌ FAUX : aucun barrage ne menace de céder dans les Landes ni en amont. Ce message qui circule est une infox. Ne le partagez pas, fiez-vous aux sources officielles. #Landes`, {}],
  [20.9, "msgu", ["x", "mastodon", "bluesky"], () => `#Infox ❌ La rumeur de rupture de barrage est fausse (démenti de la préfecture). 🔁 Relayez plutôt les consignes : montez à l'étage, n'allez pas sur les routes inondées. #Landes #crue`, {}],
  [21.3, "prefet", ["x", "facebook"], () => `📍 Centres d'hébergement ouverts : salle omnisports de Dax, gymnase de Tartas, salle des fêtes de Saubusse, salle polyvalente de Saint-Sever, hall de Nahuques à Mont-de-Marsan. Renseignements : numéro d'information du public 05 36 49 00 40.`, {}],
  [22.1, "sdis", ["x", "facebook", "instagram"], () => `🚒 Cette nuit : ${rescued(22.1)} personnes hélitreuillées ou évacuées par bateau. ${fmtN(interventions(22.1))} interventions depuis le début de l'épisode. Merci aux ${int(600, 700)} sapeurs-pompiers engagés.`, { img: "Hélicoptère hélitreuillant une personne depuis un toit" }],
  [22.5, "tga", ["youtube", "facebook", "x"], () => `VIDÉO. Les images impressionnantes de Saint-Sever et Mugron sous les eaux, vues du ciel.`, { video: true }],
  [22.9, "echo", ["facebook", "x", "bluesky"], () => `#FactCheck La photo de la Fontaine-Chaude "inondée ce matin" qui circule date de février 2014. La place n'est pas inondée aujourd'hui.`, {}],
  [24.0, "meteo", ["x", "bluesky", "facebook"], () => `Fin des pluies sur le piémont pyrénéen. Les crues vont néanmoins se poursuivre sur l'Adour aval jusqu'à lundi. Restez prudents.`, {}],
  [25.1, "prefet", ["x", "facebook", "bluesky"], () => `⚠️ Un faux message annonçant l'évacuation totale de Dax circule. Il n'émane ni de la préfecture ni de la mairie. Seuls les quartiers bas sont concernés. #Dax`, {}],
  [25.4, "dax", ["facebook", "x"], () => `Démenti : aucune évacuation générale de Dax n'est ordonnée. Seuls le Sablar et les barthes sont évacués. Le pont reste ouvert aux secours.`, {}],
  [26.2, "gend", ["x", "facebook"], () => `Aucun pillage n'a été constaté dans les zones évacuées. Des patrouilles sont renforcées jour et nuit. Les secours ne demandent jamais d'argent : signalez tout comportement suspect au 17.`, {}],
  [27.1, "vigicrues", ["x", "bluesky", "mastodon"], () => `${stationLine(st("Dax"), 27.1)}, pic proche. ${stationLine(st("Saint-Sever"), 27.1)} : décrue amorcée. ${stationLine(st("Tartas"), 27.1)}.`, {}],
  [28.0, "prefet", ["x", "facebook", "bluesky"], () => `🏫 Les écoles, collèges et lycées des communes touchées seront fermés lundi. Les transports scolaires sont suspendus dans tout le département.`, {}],
  [28.4, "pignada", ["x", "mastodon", "facebook"], () => `Crue : la liste des communes où l'eau du robinet ne doit pas être bue (Saubusse, Rivière-Saas-et-Gourby) est sur le site de la préfecture. Ailleurs l'eau reste potable.`, {}],
  [29.6, "dept", ["x", "facebook"], () => `🚧 ${int(30, 40)} routes départementales restent coupées. Ne circulez que si c'est indispensable. Les agents des routes interviennent dès que l'eau se retire.`, {}],
  [30.6, "enedis", ["x", "facebook"], () => `⚡ ${fmtN(homesWithoutPower(30.6))} foyers toujours privés d'électricité. Les réalimentations commencent dans le secteur de Saint-Sever et d'Aire-sur-l'Adour.`, {}],
  [31.0, "tartas", ["facebook"], () => `La Midouze commence à baisser à Tartas. Ne rentrez pas chez vous avant le passage des services techniques. Le gymnase reste ouvert cette nuit.`, {}],
  [32.8, "sdis", ["x", "facebook"], () => `Retour à domicile : ne rétablissez pas l'électricité sans vérification, aérez, portez gants et bottes, jetez les aliments qui ont été en contact avec l'eau.`, {}],
  [34.5, "vigicrues", ["x", "bluesky", "mastodon"], () => `${stationLine(st("Peyrehorade"), 34.5)}, pic en cours. ${stationLine(st("Dax"), 34.5)}. L'Adour amont repasse en vigilance orange.`, {}],
  [35.2, "peyre", ["facebook"], () => `Les quais sont fermés. Ne vous approchez pas des berges, le courant reste très fort. Accueil des sinistrés à la salle des fêtes.`, {}],
  [37.5, "adour24", ["x", "facebook", "telegram", "youtube", "tiktok"], () => `Décrue à Dax : les habitants du Sablar découvrent les dégâts. Reportage.`, { video: true }],
  [40.2, "prefet", ["x", "facebook", "bluesky"], () => `Retour à domicile : attendez l'autorisation de la mairie. Ne consommez pas l'eau du robinet si votre commune est en restriction. Photographiez vos dégâts avant de nettoyer.`, {}],
  [42.0, "prefet", ["x", "facebook"], () => `Les communes sinistrées sont invitées à déposer sans attendre leur demande de reconnaissance de l'état de catastrophe naturelle. Habitants : déclarez le sinistre à votre assureur sous 30 jours après publication de l'arrêté.`, {}],
  [43.6, "vigicrues", ["x", "bluesky", "mastodon"], () => `🟡 La Midouze repasse en vigilance jaune. L'Adour aval reste en orange, décrue lente. ${stationLine(st("Dax"), 43.6)}.`, {}],
  [45.3, "enedis", ["x", "facebook"], () => `⚡ ${fmtN(homesWithoutPower(45.3))} foyers restent à réalimenter, principalement dans les barthes de l'Adour aval. Groupes électrogènes installés à Saubusse et Port-de-Lanne.`, {}],
  [46.5, "protec", ["x", "facebook"], () => `Merci aux ${int(150, 250)} bénévoles mobilisés depuis samedi. Les centres d'hébergement de Dax et de Tartas restent ouverts. Dons : privilégiez les produits d'hygiène et les vêtements chauds.`, {}],
  [47.4, "prefet", ["x", "facebook", "bluesky"], () => `Bilan provisoire : ${fmtN(interventions(47.4))} interventions, ${rescued(47.4)} personnes secourues, aucune victime à déplorer à ce stade. Merci aux secours, aux élus et aux bénévoles.`, {}],
];

/** Recurring official updates (periodic): Vigicrues levels, SDIS figures, road closures, relays. */
function officialUpdate(h) {
  const kind = weighted([["vigicrues", 3], ["sdis", 2], ["inforoute", 3], ["msgu", 2], ["mairie", 2], ["enedis", 1]]);
  const c = pickCommune(h, { riverside: true });
  if (kind === "vigicrues") {
    const s = pick(STATIONS);
    return { org: "vigicrues", c, text: `${stationLine(s, h)} (${quarterClock(h * HOUR)}). ${h < 34 ? "Vigilance rouge maintenue." : "Décrue en cours, restez prudents."}` };
  }
  if (kind === "sdis") {
    return {
      org: "sdis",
      c,
      text: oneOf(
        () => `🚒 Point ${quarterClock(h * HOUR)} : ${fmtN(interventions(h))} interventions, ${rescued(h)} personnes secourues depuis samedi. Ne vous engagez pas sur les routes inondées.`,
        () => `🚒 Montez à l'étage, munissez-vous d'une lampe et d'un téléphone chargé. N'appelez le 18 ou le 112 qu'en cas de danger immédiat, pour laisser les lignes libres.`,
        () => `🚒 Interventions en cours à ${c.name} : évacuations par bateau. Merci de laisser les accès libres aux véhicules de secours.`,
      ),
    };
  }
  if (kind === "inforoute") {
    const [a1, b1] = pick(ROAD_PAIRS);
    return { org: "inforoute", c: byName[a1], text: h < 38 ? `⛔ ${pick(ROADS)} fermée entre ${a1} et ${b1} (submersion). Déviation mise en place.` : `✅ ${pick(ROADS)} rouverte entre ${a1} et ${b1}. Prudence : boue sur la chaussée.` };
  }
  if (kind === "msgu") {
    return {
      org: "msgu",
      c,
      text: oneOf(
        () => `🔁 #Landes Consignes : ne vous engagez pas sur les routes inondées, montez à l'étage, suivez @Prefet40 et @Vigicrues_Adour. #crue #Adour`,
        () => `Vous avez besoin d'aide ou vous proposez de l'aide (hébergement, bras, matériel) ? Adressez-vous à la mairie de votre commune. #SolidaritéLandes #inondations`,
        () => `⚠️ Avant de partager une info, vérifiez sa source. Les démentis officiels sont relayés ici. #Infox #Landes`,
        () => `Centres d'hébergement ouverts ce ${dayName(h * HOUR)} : Dax, Tartas, Saubusse, Saint-Sever, Mont-de-Marsan. #Landes #crue`,
      ),
    };
  }
  if (kind === "enedis") {
    return { org: "enedis", c, text: `⚡ Point ${quarterClock(h * HOUR)} : ${fmtN(homesWithoutPower(h))} foyers privés d'électricité dans les Landes. Ne touchez jamais un câble tombé au sol.` };
  }
  const org = pick(["dax", "tartas", "mdm", "sever", "peyre"]);
  const town = { dax: "Dax", tartas: "Tartas", mdm: "Mont-de-Marsan", sever: "Saint-Sever", peyre: "Peyrehorade" }[org];
  const tc = byName[town];
  return {
    org,
    c: tc,
    text: oneOf(
      () => `Point ${quarterClock(h * HOUR)} : ${floodStage(tc, h) === 2 ? "la décrue se poursuit" : "l'eau continue de monter"}. ${cap(shelterOf(tc))} accueille les habitants évacués. Restez chez vous si vous êtes au sec.`,
      () => `Les services techniques distribuent des sacs de sable aux ateliers municipaux jusqu'à ${int(18, 21)}h. Une pièce d'identité vous sera demandée.`,
      () => `Collecte pour les sinistrés : couvertures, vêtements chauds, produits d'hygiène. Dépôt ${aQ(shelterOf(tc))}. Merci pour votre solidarité.`,
      () => `Ne vous rendez pas sur les berges ni sur les ponts pour regarder la crue. Les forces de l'ordre verbaliseront.`,
    ),
  };
}

function mediaUpdate(h) {
  const key = pick(["echo", "adour24", "tga", "pignada"]);
  const c = pickCommune(h, { riverside: true });
  const video = key === "tga" || (key === "adour24" && chance(0.5));
  const text = oneOf(
    () => `🔴 DIRECT | Crues dans les Landes : ${floodStage(c, h) === 2 ? "la décrue s'amorce" : "la situation reste tendue"} à ${c.name}. Toutes les infos dans notre direct.`,
    () => `${video ? "VIDÉO" : "PHOTOS"}. ${c.name} sous les eaux : les images de ${moment(h * HOUR)}.`,
    () => `Crue de l'Adour : à ${c.name}, les habitants ${floodStage(c, h) === 2 ? "découvrent les dégâts" : "se préparent au pic"}. Témoignages.`,
    () => `Inondations : ce que l'on sait ${moment(h * HOUR)} (routes coupées, écoles, électricité, hébergements).`,
    () => `"On a tout perdu" : à ${c.name}, ${pick(["une famille", "un agriculteur", "un commerçant", "une retraitée"])} raconte la nuit de la crue.`,
    () => `Crue : ${fmtN(homesWithoutPower(h))} foyers sans électricité, ${fmtN(interventions(h))} interventions des pompiers depuis samedi.`,
  );
  return { key, c, text, video };
}

// =============================================================================================
// Engine
// =============================================================================================

const records = []; // output events
const posts = []; // every post, with engine metadata
const postsByNet = Object.fromEntries(NETWORKS.map((n) => [n, []]));
const deleted = new Set();
const queue = []; // pending items, kept sorted by (t, order)
let order = 0;

function schedule(t, item) {
  t = Math.round(t);
  if (t > DURATION || t < 0) return;
  const entry = { t, order: order++, ...item };
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = queue[mid];
    if (q.t < entry.t || (q.t === entry.t && q.order < entry.order)) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, entry);
}

let mediaCounter = 0;
function mediaUrl(type) {
  mediaCounter++;
  const hex = (mediaCounter * 2654435761 + int(0, 0xfffff)).toString(16).padStart(12, "0").slice(-12);
  return `https://media.example.invalid/landes/${hex}.${type === "video" ? "mp4" : "jpg"}`;
}
function buildMedia(network, author, altFn, forceVideo = false) {
  let type = forceVideo || network === "tiktok" || network === "youtube" ? "video" : network === "instagram" ? (chance(0.3) ? "video" : "image") : chance(0.2) ? "video" : "image";
  const count = type === "image" && ["facebook", "x", "mastodon", "bluesky"].includes(network) && chance(0.2) ? int(2, 4) : 1;
  const altP = author.official || author.media ? 0.6 : network === "mastodon" ? 0.5 : network === "bluesky" ? 0.3 : 0.08;
  return Array.from({ length: count }, () => ({ url: mediaUrl(type), type, alt: altFn && chance(altP) ? altFn() : null }));
}

/** TikTok and YouTube only carry videos: an image picked up elsewhere cannot be reused there. */
const VIDEO_ONLY = new Set(["tiktok", "youtube"]);
const fits = (media, network) => (media && VIDEO_ONLY.has(network) && media.some((m) => m.type !== "video") ? null : media);

const GEO_P = { instagram: 0.5, tiktok: 0.22, facebook: 0.135, x: 0.1, bluesky: 0.03, mastodon: 0.03, youtube: 0.05, telegram: 0 };
function geoFor(network, c) {
  if (!c || !chance(GEO_P[network])) return null;
  const lat = c.lat + (rand() - 0.5) * 0.016;
  const lon = c.lon + (rand() - 0.5) * 0.022;
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

function langFor(network, text, lang) {
  if (lang !== "fr") return lang;
  const letters = text.replace(/https?:\S+|[#@]\S+/g, "").replace(/[^\p{L}]/gu, "");
  if (letters.length < 12) return chance(0.6) ? null : "fr";
  const p = { facebook: 0.07, telegram: 0.12, x: 0.03, instagram: 0.04, tiktok: 0.05, youtube: 0.03, mastodon: 0.03, bluesky: 0.01 }[network];
  return chance(p) ? null : "fr";
}

/**
 * Emits one post. spec: { t, network, author, text, lang, media, geo, repostOf, quoteOf, replyTo,
 * cat, c, virality, copyable, clean, rumourKey, urgent, pii, chat, fbGroup, video }.
 */
function emitPost(spec) {
  const { t, network, author } = spec;
  const ident = newIdentity(network, author, t, {
    repostOf: spec.repostOf,
    replyTo: network === "facebook" ? spec.replyTo : null,
    fbGroup: spec.fbGroup,
    video: spec.media?.some((m) => m.type === "video"),
    short: spec.short,
    chat: spec.chat,
  });
  const text = clip(spec.text, network);
  const record = {
    t,
    kind: "post",
    network,
    externalId: ident.externalId,
    url: ident.url,
    author: { id: author.id, handle: author.handle, name: author.name },
    text,
    lang: spec.lang === undefined ? langFor(network, text, "fr") : spec.lang,
    media: spec.media ?? [],
    geo: spec.geo ?? null,
    repostOf: spec.repostOf?.externalId ?? null,
    quoteOf: spec.quoteOf?.externalId ?? null,
    replyTo: spec.replyTo?.externalId ?? null,
  };
  records.push(record);
  const post = {
    ...record,
    authorRef: author,
    cat: spec.cat,
    c: spec.c ?? null,
    virality: spec.virality ?? 1,
    copyable: spec.copyable ?? false,
    clean: spec.clean ?? null,
    rumourKey: spec.rumourKey ?? null,
    pii: spec.pii ?? false,
    chat: spec.chat ?? null,
    rawText: spec.rawText ?? text,
  };
  posts.push(post);
  postsByNet[network].push(post);
  return post;
}

function emitDelete(t, target) {
  if (deleted.has(target)) return;
  deleted.add(target);
  records.push({ t, kind: "delete", network: target.network, externalId: target.externalId });
}
function emitEdit(t, target, text) {
  if (deleted.has(target)) return;
  records.push({ t, kind: "edit", network: target.network, externalId: target.externalId, text: clip(text, target.network) });
}

const CAT_NETS = {
  eyewitness: [["facebook", 28], ["x", 20], ["instagram", 12], ["tiktok", 6], ["bluesky", 9], ["mastodon", 6], ["youtube", 1.5], ["telegram", 3]],
  trapped: [["facebook", 45], ["x", 35], ["bluesky", 6], ["mastodon", 4], ["instagram", 2], ["telegram", 5], ["tiktok", 2]],
  help: [["facebook", 45], ["x", 30], ["bluesky", 7], ["mastodon", 6], ["telegram", 10]],
  road: [["x", 40], ["facebook", 35], ["mastodon", 8], ["bluesky", 10], ["telegram", 5], ["tiktok", 2]],
  utility: [["x", 35], ["facebook", 40], ["mastodon", 8], ["bluesky", 10], ["telegram", 7]],
  evac: [["facebook", 45], ["x", 25], ["instagram", 6], ["bluesky", 8], ["mastodon", 6], ["telegram", 6], ["tiktok", 4]],
  rescue: [["facebook", 30], ["x", 30], ["instagram", 10], ["tiktok", 10], ["bluesky", 8], ["mastodon", 6], ["youtube", 2], ["telegram", 4]],
  solidarity: [["facebook", 55], ["x", 15], ["instagram", 6], ["bluesky", 8], ["mastodon", 7], ["telegram", 9]],
  sympathy: [["x", 30], ["facebook", 25], ["instagram", 12], ["bluesky", 12], ["mastodon", 10], ["tiktok", 8]],
  criticism: [["x", 40], ["facebook", 35], ["bluesky", 10], ["mastodon", 10], ["tiktok", 5]],
  rumour: [["facebook", 35], ["telegram", 25], ["x", 22], ["tiktok", 10], ["instagram", 4], ["bluesky", 3]],
  debunk: [["x", 35], ["facebook", 30], ["bluesky", 14], ["mastodon", 14], ["telegram", 7]],
  damage: [["facebook", 40], ["x", 20], ["instagram", 14], ["tiktok", 8], ["bluesky", 8], ["mastodon", 6], ["youtube", 2], ["telegram", 2]],
  animals: [["facebook", 60], ["x", 15], ["instagram", 12], ["telegram", 8], ["bluesky", 5]],
  transport: [["facebook", 45], ["x", 35], ["bluesky", 10], ["mastodon", 5], ["telegram", 5]],
  testimony: [["facebook", 70], ["instagram", 20], ["mastodon", 10]],
  noise: [["x", 28], ["instagram", 18], ["facebook", 20], ["tiktok", 12], ["bluesky", 10], ["mastodon", 8], ["youtube", 4]],
};

function citizenPost(t, gen) {
  const network = weighted(CAT_NETS[gen.cat]);
  const author = pickCitizen(network, gen.c);
  const rawText = gen.build(author);
  const clean = decorate(rawText, { network, author, c: gen.c, cat: gen.cat, urgent: gen.urgent });
  let text = typo(clean, author);
  let media = null;
  const wantsMedia = network === "instagram" || network === "tiktok" || network === "youtube" || gen.media;
  if (gen.fixedMedia && !VIDEO_ONLY.has(network) && (gen.media !== false || chance(0.7))) media = gen.fixedMedia.map((m) => ({ ...m }));
  else if (wantsMedia) media = buildMedia(network, author, gen.alt);
  if (network === "youtube") text = clip(`${cap(text.split("\n")[0])}`, network);
  const chat = network === "telegram" ? pick(TG_GROUPS) : null;
  const fbGroup = network === "facebook" && chance(0.35) ? pick(FB_GROUPS) : null;
  const post = emitPost({
    t,
    network,
    author,
    text,
    media,
    geo: gen.noGeoHint && chance(0.5) ? null : geoFor(network, gen.c),
    cat: gen.cat,
    c: gen.c,
    virality: gen.virality * (media ? 1.6 : 1) * (0.5 + rand()),
    copyable: gen.copyable,
    clean: text !== clean ? clean : null,
    rumourKey: gen.rumourKey,
    pii: gen.pii,
    chat,
    fbGroup,
    short: network === "youtube" && chance(0.5),
    rawText,
  });
  scheduleFollowUps(post, gen);
  return post;
}

const EDITABLE = new Set(["mastodon", "x", "facebook", "telegram", "instagram"]);

function scheduleFollowUps(post, gen) {
  const t = post.t;
  if (post.cat === "trapped") {
    if (chance(0.4) && ["x", "facebook", "bluesky", "mastodon", "telegram"].includes(post.network)) schedule(t + int(20, 200) * 60, { type: "selfUpdate", target: post });
    if (chance(0.14) && EDITABLE.has(post.network)) schedule(t + int(30, 300) * 60, { type: "edit", target: post, how: "rescued" });
    if (chance(post.pii ? 0.2 : 0.06)) schedule(t + int(2, 14) * HOUR, { type: "delete", target: post });
  } else if (post.cat === "rumour") {
    const r = RUMOURS.find((x) => x.key === post.rumourKey);
    const after = Math.max(t, r.debunk * HOUR) + int(10, 240) * 60;
    if (chance(0.2)) schedule(after, { type: "delete", target: post });
    else if (chance(0.06) && EDITABLE.has(post.network)) schedule(after, { type: "edit", target: post, how: "retract" });
  } else if (post.cat === "solidarity" && chance(0.04) && EDITABLE.has(post.network)) {
    schedule(t + int(1, 10) * HOUR, { type: "edit", target: post, how: "full" });
  } else if (post.cat === "eyewitness" && chance(0.012) && EDITABLE.has(post.network) && post.c) {
    schedule(t + int(5, 90) * 60, { type: "edit", target: post, how: "place" });
  } else if (post.pii && chance(0.05)) {
    schedule(t + int(1, 20) * HOUR, { type: "delete", target: post });
  } else if (chance(0.007)) {
    schedule(t + int(5, 600) * 60, { type: "delete", target: post });
  }
  if (post.clean && chance(0.04) && EDITABLE.has(post.network)) schedule(t + int(1, 30) * 60, { type: "edit", target: post, how: "typo" });
}

function editText(target, how) {
  const base = target.text;
  if (how === "rescued") return `${base}\n\nEDIT : ${pick(["tout le monde est évacué, merci !! 🙏", "les pompiers sont arrivés en bateau, on est en sécurité. Merci pour vos partages", "on a été hélitreuillés, on va bien. Merci à tous ❤️", "c'est bon ils sont chez ma sœur, merci à tous"])}`;
  if (how === "retract") return `${base}\n\nEDIT : ${pick(["c'était faux, désolée, la préfecture a démenti", "info démentie, je laisse pour la transparence", "FAUX, ne partagez plus"])}`;
  if (how === "full") return `${base}\n\nEDIT : ${pick(["COMPLET, merci à tous ❤️", "c'est bon on a trouvé, merci !", "plus besoin, merci pour vos messages"])}`;
  if (how === "place") {
    const other = neighbour(target.c);
    const shown = [target.c.name, ...target.c.variants].find((v) => base.includes(v));
    const fixed = shown ? base.split(shown).join(other.name) : base;
    return `${fixed}\n\nEDIT : c'est à ${other.name}, pas à ${target.c.name}, désolé`;
  }
  return target.clean ?? base;
}

function selfUpdateText(target, t) {
  const head = pick(["MAJ :", "MAJ", "Update :", "Nouvelles :", "➡️", ""]);
  const body = oneOf(
    () => `les pompiers sont arrivés en ${pick(["bateau", "zodiac", "barque"])}, tout le monde est sorti. Merci à tous 🙏`,
    () => `toujours personne… l'eau est à la ${int(4, 9)}e marche`,
    () => `on a été hélitreuillés, on est ${target.c ? aQ(shelterOf(target.c)) : "à l'abri"}. Merci !!!`,
    () => `merci pour vos partages, ${pick(["ils sont", "elle est", "il est"])} en sécurité chez ${pick(["ma tante", "ma sœur", "des voisins", "mon fils"])}`,
    () => `les secours sont au courant, ils arrivent. Merci à ceux qui ont appelé`,
    () => `plus beaucoup de batterie, on attend. Merci pour les messages`,
    () => `un voisin est venu avec sa barque, on est sortis vers ${clock(t)}`,
    () => `les gendarmes ont pu ${pick(["le", "la", "les"])} joindre, tout va bien. Merci 🙏`,
    () => `pris en charge par les pompiers ${moment(t)}, direction l'hôpital de Dax par précaution`,
  );
  return head ? `${head} ${body}` : cap(body);
}

/** Earlier posts of one network that can be reposted, quoted or replied to, by attraction. */
function pickTarget(t, { networks, kinds = "original", exclude = null }) {
  const entries = [];
  for (const network of networks) {
    const list = postsByNet[network];
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i];
      if (t - p.t > 14 * HOUR) break;
      if (p.t >= t || deleted.has(p) || p.authorRef === exclude) continue;
      if (p.repostOf) continue;
      if (kinds === "original" && (p.replyTo || p.quoteOf)) continue;
      if (network === "telegram" && p.cat !== "channel" && kinds === "original" && !p.copyable && p.virality < 3) continue;
      const w = p.virality * Math.exp(-(t - p.t) / (3.5 * HOUR));
      if (w > 0.002) entries.push([p, w]);
    }
  }
  return entries.length ? weighted(entries) : null;
}

function repost(t) {
  const target = pickTarget(t, { networks: ["x", "facebook", "bluesky", "mastodon", "telegram"] });
  if (!target) return null;
  const network = target.network;
  const author = pickCitizen(network, null, target.authorRef);
  let text = target.text;
  if (network === "x") text = `RT @${target.author.handle}: ${target.text}`;
  else if (network === "facebook" && chance(0.2)) text = `${pick(["Je partage", "Partagez", "⬇️"])}\n\n${target.text}`;
  return emitPost({
    t,
    network,
    author,
    text,
    lang: target.lang,
    media: target.media.map((m) => ({ ...m })),
    repostOf: target,
    cat: target.cat,
    c: target.c,
    virality: 0,
    chat: network === "telegram" ? pick(TG_GROUPS) : null,
  });
}

function quote(t) {
  const target = pickTarget(t, { networks: ["x", "bluesky", "mastodon", "facebook"] });
  if (!target) return null;
  const network = target.network;
  const author = pickCitizen(network, target.c, target.authorRef);
  const fam = replyFamily(target.cat);
  const options = (QUOTES[fam] ?? QUOTES.generic)(target.c);
  const raw = pick(options);
  const text = decorate(typo(raw, author), { network, author, c: target.c, cat: target.cat });
  return emitPost({ t, network, author, text, quoteOf: target, cat: "quote", c: target.c, virality: 1 });
}

function reply(t) {
  const target = pickTarget(t, { networks: ["x", "bluesky", "mastodon", "facebook", "telegram"], kinds: "any" });
  if (!target) return null;
  const network = target.network;
  if (network === "telegram" && !TG_GROUPS.includes(target.chat)) return null;
  const author = pickCitizen(network, target.c, target.authorRef);
  const fam = replyFamily(target.cat);
  let raw = pick((REPLIES[fam] ?? REPLIES.generic)(target.c));
  if (target.rumourKey && target.cat !== "debunk" && chance(0.5)) raw = pick(DEBUNKS[target.rumourKey](author));
  let text = typo(raw, author);
  if (network === "x" && !text.startsWith("@")) text = `@${target.author.handle} ${text}`;
  if (network === "mastodon" && chance(0.7)) text = `@${target.author.handle} ${text}`;
  return emitPost({ t, network, author, text, replyTo: target, cat: "reply", c: null, virality: 0.25, chat: target.chat });
}

const MUTATION_PREFIX = ["", "", "Je relaie : ", "⚠️ ", "Copié-collé d'une amie : ", "À PARTAGER ", "Vu sur Facebook : ", "Urgent !! ", "Reçu sur WhatsApp : "];
const MUTATION_SUFFIX = ["", "", " Partagez svp", " 🙏", " (info d'un ami pompier)", " MERCI DE PARTAGER", " #Landes", " !!!"];
function copyPost(t) {
  const entries = [];
  for (const p of posts) {
    if (!p.copyable || p.repostOf || t - p.t > 10 * HOUR || p.t >= t) continue;
    entries.push([p, p.virality * Math.exp(-(t - p.t) / (4 * HOUR))]);
  }
  if (!entries.length) return null;
  const source = weighted(entries);
  const network = chance(0.55) ? source.network : weighted([["facebook", 5], ["x", 3], ["telegram", 2], ["bluesky", 1], ["mastodon", 1]]);
  const author = pickCitizen(network, source.c, source.authorRef);
  let body = source.rawText;
  if (chance(0.3)) body = body.replace(/!+/g, chance(0.5) ? "!!!" : ".");
  if (chance(0.25)) body = body.replace(/\s#\S+/g, "");
  if (chance(0.15)) body = body.replace(/\bDax\b/g, "DAX");
  if (chance(0.2)) body = body.replace(/,/g, "");
  const prefix = pick(MUTATION_PREFIX.filter((x) => network !== "facebook" || !x.includes("Facebook")));
  const text = decorate(typo(prefix + body + pick(MUTATION_SUFFIX), author), { network, author, c: source.c, cat: source.cat });
  const sameMedia = fits(source.media.length && chance(0.7) ? source.media.map((m) => ({ ...m })) : null, network);
  const media = network === "instagram" || network === "tiktok" ? sameMedia ?? buildMedia(network, author, null) : sameMedia;
  return emitPost({
    t,
    network,
    author,
    text,
    media,
    cat: source.cat,
    c: source.c,
    virality: source.virality * 0.5,
    copyable: false,
    rumourKey: source.rumourKey,
    pii: source.pii,
    chat: network === "telegram" ? pick(TG_GROUPS) : null,
    fbGroup: network === "facebook" && chance(0.5) ? pick(FB_GROUPS) : null,
    rawText: body,
  });
}

/** The rumour-prone Telegram channel posts rumours and "alerts" on its own. */
function channelPost(t, h) {
  const gen = rumour(h);
  const text = gen && chance(0.7) ? gen.build(null) : `⚡ ${pick(["INFO", "ALERTE", "DERNIÈRE MINUTE"])} ⚡ ${pickCommune(h, { riverside: true }).name} : ${pick(["la situation est hors de contrôle", "les secours sont débordés", "on nous cache le vrai bilan", "l'eau monte encore, partez si vous pouvez"])}`;
  return emitPost({
    t,
    network: "telegram",
    author: TG_ALERTE,
    text,
    lang: "fr",
    media: gen?.fixedMedia && chance(0.5) ? gen.fixedMedia : null,
    cat: gen ? "rumour" : "channel",
    c: gen?.c ?? null,
    virality: 4,
    copyable: true,
    rumourKey: gen?.rumourKey ?? null,
    chat: TG_CHANNELS.alerte,
  });
}

function orgPost(t, acct, network, text, opts = {}) {
  const media = opts.img ? [{ url: mediaUrl("image"), type: "image", alt: chance(0.7) ? opts.img : null }] : opts.video || network === "youtube" || network === "tiktok" || network === "instagram" ? buildMedia(network, acct, () => `Images de la crue : ${opts.altPlace ?? "vallée de l'Adour"}`, opts.video) : null;
  let body = text;
  if (network === "instagram" && !/#/.test(body)) body += "\n\n#Landes #crue #inondations";
  return emitPost({
    t,
    network,
    author: acct,
    text: body,
    lang: "fr",
    media,
    geo: null,
    cat: acct.official ? "official" : "media",
    c: opts.c ?? null,
    virality: acct.official ? 9 : 5,
    chat: network === "telegram" ? acct.user : null,
    short: network === "youtube" && chance(0.3),
    replyTo: opts.replyTo ?? null,
  });
}

// ---------------------------------------------------------------------------------------------
// Category mix per phase (weights) for organic posts.
// ---------------------------------------------------------------------------------------------

const MIX = {
  //            pre   rise  peak  dec   after
  eyewitness: [22, 24, 17, 13, 7],
  trapped: [0, 2.5, 6, 1.2, 0.1],
  help: [0.6, 2, 3, 3, 2.5],
  road: [6, 6, 4.5, 4, 3],
  utility: [0.6, 2.5, 4, 4, 2.5],
  evac: [1, 5, 4, 2, 1],
  rescue: [0, 2, 5, 2, 0.5],
  solidarity: [1, 3, 6, 8, 9],
  rumour: [0, 0.8, 4.5, 2, 0.8],
  debunk: [0, 0, 2, 1.5, 0.6],
  sympathy: [2, 3, 5, 5, 4],
  criticism: [1, 1.5, 3, 5, 6],
  damage: [0, 0, 0.5, 6, 12],
  animals: [0.3, 1, 1.5, 1, 0.6],
  transport: [0.5, 1, 1.8, 1.2, 1],
  testimony: [0.8, 2, 3, 3, 3],
  noise: [14, 5, 3, 4, 7],
  official: [2.5, 2.5, 2.5, 2.2, 2],
  media: [2.5, 3, 3.5, 3, 3],
  channel: [0.3, 0.6, 1.2, 0.6, 0.3],
  en: [3.8, 3.8, 3.8, 3.8, 3.8],
  es: [2.7, 2.7, 2.7, 2.7, 2.7],
  oc: [0.2, 0.2, 0.2, 0.2, 0.2],
  eu: [0.25, 0.25, 0.25, 0.25, 0.25],
  repost: [8, 12, 15, 13, 9],
  reply: [8, 10, 12, 11, 9],
  quote: [1.5, 2.5, 3.5, 3, 2],
  copy: [1, 2.5, 5, 3.5, 2],
};
const GENERATORS = { testimony, eyewitness, trapped, help, road, utility, evac, rescue, solidarity, rumour, debunk, sympathy, criticism, damage, animals, transport, noise };

function organic(t) {
  const h = t / HOUR;
  const ph = phase(h);
  for (let attempt = 0; attempt < 6; attempt++) {
    const cat = weighted(Object.entries(MIX).map(([k, w]) => [k, w[ph]]));
    if (cat === "repost") {
      if (repost(t)) return;
    } else if (cat === "reply") {
      if (reply(t)) return;
    } else if (cat === "quote") {
      if (quote(t)) return;
    } else if (cat === "copy") {
      if (copyPost(t)) return;
    } else if (cat === "channel") {
      channelPost(t, h);
      return;
    } else if (cat === "official") {
      const u = officialUpdate(h);
      const accts = ORGS[u.org];
      const network = pick(Object.keys(accts));
      orgPost(t, accts[network], network, u.text, { c: u.c });
      return;
    } else if (cat === "media") {
      const u = mediaUpdate(h);
      const accts = MEDIA[u.key];
      const network = pick(Object.keys(accts));
      orgPost(t, accts[network], network, u.text, { c: u.c, video: u.video, altPlace: u.c.name });
      return;
    } else if (cat === "en" || cat === "es" || cat === "oc" || cat === "eu") {
      const author = pick(FOREIGN[cat]);
      const gen = foreign(cat, h);
      const network = author.network;
      const text = gen.build();
      const media = network === "instagram" || network === "tiktok" || gen.media ? buildMedia(network, author, null) : null;
      emitPost({ t, network, author, text, lang: cat, media, geo: geoFor(network, gen.c), cat: "foreign", c: gen.c, virality: 1, chat: null });
      return;
    } else {
      const gen = GENERATORS[cat](h, t);
      if (!gen) continue;
      citizenPost(t, gen);
      return;
    }
  }
  citizenPost(t, eyewitness(h, t));
}

// ---------------------------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------------------------

const ORGANIC_POSTS = 2150;
{
  const BIN = 300;
  const bins = DURATION / BIN;
  const cumulative = [];
  let total = 0;
  for (let i = 0; i < bins; i++) {
    total += intensity((i + 0.5) * (BIN / HOUR));
    cumulative.push(total);
  }
  const times = [];
  for (let n = 0; n < ORGANIC_POSTS; n++) {
    const u = rand() * total;
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    times.push(lo * BIN + int(0, BIN - 1));
  }
  times.sort((a, b) => a - b);
  for (const t of times) schedule(t, { type: "organic" });
}
for (const [h, key, nets, textFn, opts] of SCRIPT) {
  const accts = ORGS[key] ?? MEDIA[key];
  const text = textFn();
  nets.forEach((network, i) => {
    if (!accts[network]) throw new Error(`${key} has no ${network} account`);
    schedule(h * HOUR + i * int(20, 240), { type: "scripted", acct: accts[network], network, text, opts });
  });
}
for (const r of RUMOURS) schedule(r.start * HOUR, { type: "rumourSeed", rumour: r });

while (queue.length) {
  const item = queue.shift();
  const t = item.t;
  if (item.type === "organic") organic(t);
  else if (item.type === "scripted") {
    const root = orgPost(t, item.acct, item.network, item.text, item.opts);
    if (item.opts.thread && ["x", "bluesky", "mastodon"].includes(item.network)) {
      let parent = root;
      item.opts.thread.forEach((txt, k) => {
        schedule(t + 30 * (k + 1), { type: "thread", acct: item.acct, network: item.network, text: txt, parentRef: () => parent, setParent: (p) => (parent = p) });
      });
    }
  } else if (item.type === "thread") {
    const p = orgPost(t, item.acct, item.network, item.text, { replyTo: item.parentRef() });
    item.setParent(p);
  } else if (item.type === "rumourSeed") {
    const r = item.rumour;
    const gen = { c: r.c, rumourKey: r.key, fixedMedia: r.media ? [{ url: r.mediaUrl, type: "image", alt: null }] : null, build: (a) => r.texts(a)[0], cat: "rumour", virality: 7, copyable: true, media: r.media };
    citizenPost(t, gen);
  } else if (item.type === "selfUpdate") {
    const target = item.target;
    if (deleted.has(target)) continue;
    emitPost({ t, network: target.network, author: target.authorRef, text: selfUpdateText(target, t), replyTo: target, cat: "reply", c: target.c, virality: 1.5, chat: target.chat });
  } else if (item.type === "edit") emitEdit(t, item.target, editText(item.target, item.how));
  else if (item.type === "delete") emitDelete(t, item.target);
}

// =============================================================================================
// Output
// =============================================================================================

const ORDERED = ["t", "kind", "network", "externalId", "url", "author", "text", "lang", "media", "geo", "repostOf", "quoteOf", "replyTo"];
function serialise(r) {
  const o = {};
  for (const k of ORDERED) if (k in r) o[k] = r[k];
  return JSON.stringify(o);
}

// Records were produced in queue order, which is already sorted by t; the stable sort keeps it so.
const indexed = records.map((r, i) => [r, i]);
indexed.sort((a, b) => a[0].t - b[0].t || a[1] - b[1]);
const body = indexed.map(([r]) => serialise(r)).join("\n") + "\n";

const out = outputPath();
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, body);

const counts = {};
for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
process.stdout.write(`${path.relative(process.cwd(), out) || out}: ${records.length} events (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}), ${Buffer.byteLength(body)} bytes\n`);
