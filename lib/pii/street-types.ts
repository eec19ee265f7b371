/**
 * French street types, folded (lower case, no accents, no final dot). `lenient` types are
 * never ordinary words after a house number, so their name may be written in lower case
 * ("12 rue des lilas"); the others ("place", "cours", "passage"…) are, so they need a
 * capitalised name ("1 place de libre" is not an address, "10 place Saint-Roch" is).
 */
const LENIENT = `rue ruelle avenue av ave boulevard bd bld blvd impasse imp allee all chemin che chem quai route rte
  faubourg fbg venelle lieu-dit lieudit rond-point`;
const STRICT = `place pl cours square cite passage villa domaine clos mail carrefour voie cote promenade parvis
  montee traverse residence res hameau sentier esplanade lotissement lot porte pont port parc ch sente`;

export const STREET_TYPES: ReadonlyMap<string, { lenient: boolean }> = new Map<string, { lenient: boolean }>([
  ...LENIENT.split(/\s+/).map((t): [string, { lenient: boolean }] => [t, { lenient: true }]),
  ...STRICT.split(/\s+/).map((t): [string, { lenient: boolean }] => [t, { lenient: false }]),
]);

/** English street types, written after the name ("12 Mill Lane", "221B Baker Street"). */
export const ENGLISH_STREET_TYPES =
  "Street|St\\.?|Road|Rd\\.?|Lane|Ln\\.?|Avenue|Ave\\.?|Drive|Close|Way|Court|Crescent|Terrace|Grove|Gardens|Place|Boulevard|Blvd\\.?|Row|Mews|Hill|Square|Parkway|Walk";
