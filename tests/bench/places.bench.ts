/**
 * node --import tsx tests/bench/places.bench.ts — resolvePlaces throughput on one core, on
 * generated ~200-character crisis posts (commune names from the gazetteer in several spellings,
 * département mentions, posts naming nothing). Prints figures; the last line is JSON.
 */
import { loadGazetteer } from "../../lib/places/load-gazetteer";
import { resolvePlaces } from "../../lib/places/resolve-places";

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TEMPLATES = [
  "Crue de la rivière à {A} : les pompiers évacuent plusieurs maisons du centre, la route vers {B} est coupée depuis ce matin, évitez absolument le secteur et suivez les consignes de la préfecture svp #inondations",
  "{A} sous l'eau, les caves sont inondées et on n'a plus d'électricité depuis 3h du matin. Quelqu'un a des nouvelles de {B} ? Ma grand-mère y habite seule. Merci de partager",
  "Vigilance rouge dans le {D} : restez chez vous, ne prenez pas la voiture, les routes sont dangereuses. Bon courage aux pompiers et aux agents des routes mobilisés toute la nuit, merci à eux",
  "Incroyable la tempête cette nuit, des arbres tombés partout, des toitures arrachées et la mer qui passe par-dessus la digue. Je n'ai jamais vu ça de ma vie, on attend le jour pour voir les dégâts",
  "Feu de forêt en cours près de {A}, fumée visible depuis {B}, les habitants du lotissement sont confinés. Les canadairs arrivent, laissez passer les secours et ne vous approchez pas",
];

function main(): void {
  const gazetteer = loadGazetteer();
  const areas = [["40"], ["30"], ["11"], ["83"], ["62"], ["33"], ["06"], ["29", "56", "35", "22"]];
  const rand = random(7);
  const posts: { text: string; departements: string[] }[] = [];
  const byDepartement = new Map<string, string[]>();
  for (const c of gazetteer.communes) byDepartement.set(c.departement, [...(byDepartement.get(c.departement) ?? []), c.name]);
  for (let i = 0; i < 5000; i++) {
    const departements = areas[Math.floor(rand() * areas.length)];
    const names = byDepartement.get(departements[0]) ?? ["Dax"];
    const pick = () => {
      const name = names[Math.floor(rand() * names.length)];
      const r = rand();
      return r < 0.3 ? name.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : r < 0.5 ? name.replace(/-/g, " ") : name;
    };
    const template = TEMPLATES[Math.floor(rand() * TEMPLATES.length)];
    posts.push({ text: template.replace("{A}", pick()).replace("{B}", pick()).replace("{D}", departements[0]), departements });
  }
  const averageLength = posts.reduce((s, p) => s + p.text.length, 0) / posts.length;

  let started = performance.now();
  resolvePlaces("warm-up à Dax", { departements: ["40"] });
  const loadMs = performance.now() - started;
  for (const post of posts) resolvePlaces(post.text, { departements: post.departements });

  let places = 0;
  const rounds = 4;
  started = performance.now();
  for (let round = 0; round < rounds; round++) for (const post of posts) places += resolvePlaces(post.text, { departements: post.departements }).length;
  const seconds = (performance.now() - started) / 1000;
  const postsPerSecond = Math.round((posts.length * rounds) / seconds);
  console.log(`places bench: ${posts.length} posts x ${rounds}, average ${averageLength.toFixed(0)} chars, ${(places / rounds / posts.length).toFixed(2)} places/post, first call (gazetteer + index) ${loadMs.toFixed(0)} ms`);
  console.log(`resolvePlaces: ${postsPerSecond} posts/s on one core`);
  console.log(JSON.stringify({ postsPerSecond }));
}

main();
