/**
 * Life-safety cues, matched on folded text (`foldForMatching`: no accents, lower case, spaces at
 * both ends). Each rule adds its weight once; `negative` rules take weight off (people reported
 * safe, casualties denied, a figurative "je coule"). Patterns are regular expressions rather than
 * lexicon phrases because word order carries the meaning here: "personne ne répond" is nobody,
 * "une personne coincée" is somebody.
 */
export type UrgencyRule = { name: string; weight: number; pattern: RegExp; negative?: boolean };

const W = "(?<![a-z0-9])";
const E = "(?![a-z0-9])";
const rx = (source: string) => new RegExp(`${W}(?:${source})${E}`, "g");

export const URGENCY_RULES: readonly UrgencyRule[] = [
  // Explicit calls for help.
  { name: "distress", weight: 0.55, pattern: rx("au secours|a l'aide|aidez[ -](?:nous|moi|les|la|le)|venez nous (?:chercher|aider)|sos|mayday|^ help|help(?= ?!)|help (?:me|us)|please help|send (?:help|someone)|someone call|call 999|call 911|envoye[zr] (?:quelqu'un|des secours|les secours)|on coule|je coule|je me noie|on se noie") },
  { name: "urgent-word", weight: 0.2, pattern: rx("urgent|vite|asap|!!+") },
  { name: "asks-help", weight: 0.25, pattern: rx("qui peut (?:nous|l'|les|la|le) aider|quelqu'un peut (?:aller|venir|passer|nous aider|l'aider|les aider|prevenir)|can anyone (?:get|help|go)|qq1 peut|je fais quoi") },
  // Someone cannot get away.
  { name: "trapped", weight: 0.45, pattern: rx("coince[es]*|bloque[es]* (?:a l'etage|au grenier|chez|dans|sur|par)|pris au piege|encercle[es]*|piege[es]*|trapped|stuck (?:upstairs|on|in)|can't get (?:out|down)|ne (?:peut|peuvent|pouvons) (?:pas|plus) (?:sortir|bouger|marcher|monter)|on (?:peut|arrive) (?:pas|plus) (?:sortir|a (?:entrer|le degager))|on n'arrive pas a (?:entrer|le degager|la degager|sortir)") },
  { name: "refuge-high", weight: 0.4, pattern: rx("sur (?:le|son|leur|un|une) toit|sur le toit|au grenier|on the roof|on their roof|on our roof|sur la mezzanine|refugie[es]* (?:a|au|sur|dans)|agrippe[es]*|cache[es]* dans|hiding in") },
  { name: "under-rubble", weight: 0.45, pattern: rx("sous les decombres|under the rubble|under (?:the )?collapsed|sous (?:un|l') arbre|emporte[es]* par (?:le courant|une vague|l'eau)|swept away by|dragged into the sea|dans l'eau,? on (?:le|la) voit plus|still in the water|perd beaucoup de sang|ne reagit plus|not responding|s'est effondre[e]?|inconscient[e]?|respire (?:mal|plus|encore)") },
  // The danger is live and closing in.
  { name: "danger-now", weight: 0.25, pattern: rx("l'eau (?:monte|rentre|entre|arrive)|water is (?:coming|rising|at|inside)|le feu (?:arrive|approche|est au bout)|les flammes (?:arrivent|approchent)|fumee est irrespirable|smoke everywhere|le tireur est encore|attacker still|l'eau (?:lui )?arrive aux") },
  // People who cannot look after themselves.
  { name: "vulnerable", weight: 0.3, pattern: rx("personne[s]? agee[s]?|agee de \\d+|\\d{2} ans|grand[- ]mere|grand[- ]pere|grands[- ]parents|mamie|papi|ma mere|mon pere|ma tante|elderly|my (?:nan|nan's|mum|mom|dad|grandparents|parents)|handicape[e]?|fauteuil roulant|en fauteuil|wheelchair|disabled|can't walk|bebe|nourrisson|newborn|baby|enfant[s]?|kids?|children|petits|mon fils|ma fille|diabetique|insuline|sous oxygene|dialysis|asthmatique|enceinte|seule? chez|vit seule?|tout seul|toute seule|on her own|on his own|lives alone|alone") },
  // "personne" as a noun, never as the pronoun of "personne ne répond" / "il n'y a personne".
  { name: "person", weight: 0.15, pattern: rx("(?:une|la|cette|des|les|deux|trois|\\d+) personnes?(?! (?:ne|n'))|un homme|une femme|une dame|un monsieur|mon voisin|ma voisine|mon mari|ma femme|mon frere|ma soeur|my brother|my sister|my husband|my wife|une famille|famille de|my neighbou?r|a man|a woman|a family|people|des gens|quelqu'un (?:est|a ete)") },
  // Nobody can reach them.
  { name: "no-contact", weight: 0.35, pattern: rx("ne repond(?:ent)? plus|repond plus|ne decroche (?:pas|plus)|sonne dans le vide|pas de nouvelles|aucune nouvelle|n'a de nouvelles|personne n'a de nouvelles|no news|can't reach|hasn't come back|pas rentre[e]?|disparue?s?|missing|introuvable[s]?|on (?:le|la) (?:recherche|cherche)|avez-vous vu|has anyone seen|quelqu'un (?:l'a|les a) vue?s?") },
  // A way to reach the person: a phone number or a street address.
  { name: "contact-given", weight: 0.2, pattern: rx("(?:0|\\+33 ?)[1-9](?:[ .-]?\\d{2}){4}|07\\d{3} ?\\d{6}|\\d{1,3}(?: bis| ter)?,? (?:rue|chemin|route|impasse|avenue|allee|lieu-dit|place|boulevard|quai) |\\d{1,3} (?:mill lane|\\w+ (?:road|street|lane))|appelez le (?:18|15|17|112)|call (?:999|911|112)") },
  // Reassurance takes urgency away: people reported safe, casualties denied, figurative sinking.
  { name: "safe", weight: 0.6, negative: true, pattern: rx("sain(?:e|s)? et sau(?:f|ve|fs|ves)|en securite|tous en securite|vont bien|va bien|va mieux|ont ete (?:secouru|evacue|helitreuille|releve|reloge|sauve)[es]*|a ete (?:secouru|sauve|pris en charge)[e]?|tout le monde (?:va bien|est sain)|safe and well|evacuated safely|ses jours ne sont pas en danger|pas de blesses?|aucune? (?:victime|blesse|mort|disparu)s?|aucun blesse|no injuries|no casualties|nobody (?:was )?hurt|personne n'(?:est|a ete) blesse[e]?|il n'y a personne|n'y a plus personne") },
  { name: "figurative", weight: 0.7, negative: true, pattern: rx("je (?:coule|me noie) sous (?:le|les|la|mes) \\w+|coule sous le boulot|noye sous les|drowning in \\w+|attaque de panique|panic attack|je vais devenir fou") },
  { name: "report", weight: 0.25, negative: true, pattern: rx("bilan|le corps|body (?:of|found)|retrouve[e]? mort[e]?|decede[e]?|selon (?:la prefecture|le prefet|le ministere|les pompiers)|death toll|according to|confirme|officials") },
];
