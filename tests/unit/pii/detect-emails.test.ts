import { describe, expect, it } from "vitest";
import { detectPersonalData } from "@/lib/pii/detect-personal-data";
import { CONTEXTS, flagsOf, seededRandom } from "./seeded-random";

const rng = seededRandom(75001);
const LOCALS = ["jean.dupont", "karine56", "contact.montois1", "j-p_lafitte", "Marie.Claire+crue", "élodie.larrieu", "titi24"];
const DOMAINS = ["example.org", "free.fr", "orange.fr", "gmail.com", "mairie-dax.fr", "sub.example.co.uk", "laposte.net"];

describe("detectPersonalData — e-mail addresses", () => {
  it("flags generated addresses, plain and written to dodge harvesters, with exact spans", () => {
    const failures: string[] = [];
    for (let i = 0; i < 200; i++) {
      const local = rng.pick(LOCALS);
      const domain = rng.pick(DOMAINS);
      const [name, tld] = [domain.slice(0, domain.lastIndexOf(".")), domain.slice(domain.lastIndexOf(".") + 1)];
      const email = rng.pick([`${local}@${domain}`, `${local} [at] ${domain}`, `${local}(at)${name}(dot)${tld}`, `${local} arobase ${name.replace(/\./g, " point ")} point ${tld}`]);
      const [before, after] = CONTEXTS[i % CONTEXTS.length];
      const text = before + email + after;
      const got = flagsOf(detectPersonalData(text), "email");
      if (JSON.stringify(got) !== JSON.stringify([{ start: before.length, end: before.length + email.length }])) failures.push(`${JSON.stringify(text)} → ${JSON.stringify(got)}`);
    }
    expect(failures).toEqual([]);
  });

  it.each([
    "@vigicrues_adour@mastodon.social Est-ce que la D817 est rouverte ?",
    "Suivez @Prefet40 et vigicrues.gouv.fr, https://example.org/@jean",
    "On se retrouve at 5 pm at the bridge",
  ])("does not flag handles, links or the word 'at': %s", (text) => {
    expect(flagsOf(detectPersonalData(text), "email")).toEqual([]);
  });
});
