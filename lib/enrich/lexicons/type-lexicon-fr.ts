import type { InformationType } from "../information-types";

/**
 * French cue phrases per information type. Product content: written from the taxonomy's
 * definitions and from how people, media and authorities post in French crises (never from the
 * frozen evaluation set). Lower case; accents are folded when compiled, so "évacué" also matches
 * "evacue"; a trailing `*` matches any word ending ("inond*" → inondé, inondées…). SMS spellings
 * and frequent misspellings are listed next to the proper form.
 */
export const TYPE_LEXICON_FR: Partial<Record<InformationType, readonly string[]>> = {
  AFFECTED_PEOPLE: [
    "victime*", "bless*", "mort", "morts", "morte", "mortes", "décès", "décéd*", "tué*", "noyé*", "disparu*", "porté disparu*",
    "sinistrés", "évacués", "évacuées", "évacués vers", "relogé*", "hélitreuillé*", "sain et sauf", "saine et sauve", "sains et saufs",
    "coincé*", "bloqué chez", "bloqués chez", "bloquée chez", "réfugié*", "sans nouvelles", "pas de nouvelles", "ne répond plus", "répond plus",
    "intoxiqué*", "hospitalisé*", "pris en charge", "bilan", "bilan provisoire", "personne âgée", "personnes âgées", "sans abri",
    "ses jours ne sont pas en danger", "urgence absolue", "familles", "habitants évacués", "emporté par", "emportée par", "retrouvé mort", "retrouvée morte",
  ],
  NEEDS: [
    "besoin de", "besoin d'", "besoin urgent", "on a besoin", "nous avons besoin", "avons besoin", "ont besoin", "il nous faut", "il nous faudrait", "il faudrait",
    "on cherche", "nous cherchons", "recherchons", "cherche des", "manque de", "il manque", "manquent", "on manque", "plus de lait", "plus d'eau",
    "quelqu'un a", "qq1 a", "qqn a", "quelqu'un aurait", "qq1 aurait", "à prêter", "prêter", "en rupture", "appel aux dons de",
    "qui peut nous", "pouvez-vous nous", "aidez-nous", "aidez nous", "svp", "stp", "urgent",
  ],
  INFRASTRUCTURE: [
    "route coupée", "routes coupées", "route fermée", "coupée", "coupé", "fermée à la circulation", "fermé à la circulation", "circulation interrompue", "déviation",
    "pont", "ponts", "chaussée", "autoroute", "départementale", "nationale", "rocade", "a63", "a7", "a9", "n1*", "d9*",
    "coupure de courant", "coupures de courant", "panne de courant", "sans électricité", "privés d'électricité", "plus de courant", "plus d'électricité", "enedis", "rte", "edf", "groupe électrogène",
    "eau potable", "plus d'eau", "coupure d'eau", "station d'épuration", "captage", "canalisation",
    "réseau", "plus de réseau", "antenne", "fibre", "téléphone fixe", "orange", "sfr", "bouygues", "free",
    "sncf", "ter", "tgv", "trains", "voie ferrée", "voies", "trafic", "vols annulés", "aéroport", "ferry",
    "école fermée", "écoles fermées", "fermé", "fermées", "effondré*", "détruit*", "endommagé*", "inhabitable*", "toiture", "toit arraché", "digue", "barrage", "rompu*",
  ],
  RESCUE_RESPONSE: [
    "pompiers", "pompier", "sapeurs-pompiers", "sdis", "secours", "sauveteurs", "gendarmes", "gendarmerie", "police", "militaires", "armée", "sécurité civile",
    "protection civile", "croix-rouge", "snsm", "samu", "hélico", "hélicoptère", "dragon", "canadair*", "bombardier*", "largage*", "renfort*", "mobilisé*", "engagé*",
    "interventions", "à pied d'oeuvre", "évacuation en cours", "évacuations en cours", "évacuent", "évacuer", "hélitreuill*", "déblai*", "pompage", "pompent",
    "préfet", "préfecture", "plan orsec", "orsec", "cellule de crise", "centre d'hébergement", "centre d'accueil", "ouverture d'un", "mis en place", "déclenché",
    "maire", "mairie", "raid", "gign", "bri", "plan blanc", "cump",
  ],
  CAUTION_ADVICE: [
    "vigilance", "vigilance orange", "vigilance rouge", "alerte", "fr-alert", "ne vous engagez pas", "ne pas", "n'allez pas", "ne prenez pas", "ne sortez pas", "ne touchez",
    "évitez", "restez", "restez chez vous", "restez informés", "soyez prudents", "prudence", "attention", "rappel", "consignes", "recommande", "déconseillé*", "interdit*", "interdiction",
    "confinement", "confinez-vous", "coupez", "montez", "faites demi-tour", "jamais", "ne buvez pas", "non potable", "prévoyez", "éloignez-vous", "mettez-vous à l'abri",
    "numéro", "112", "appelez le", "risque", "attendu", "attendues", "prévu", "jusqu'à nouvel ordre",
  ],
  SITUATION: [
    "ça monte", "l'eau monte", "monte encore", "montée des eaux", "niveau", "hauteur d'eau", "déborde", "débordent", "sorti de son lit", "sous l'eau", "sous les eaux", "inondé*",
    "il pleut", "pluie", "pluies", "orage", "grêle", "vent", "rafales", "km/h", "mm", "cm d'eau", "mètre*", "m3/s", "record",
    "fumée", "fumées", "flammes", "panache", "odeur", "ça sent", "cendres", "secousse", "ressenti*", "réplique", "neige", "verglas", "degrés", "°c", "chaleur",
    "depuis ce matin", "cette nuit", "en ce moment", "à l'instant", "je vois", "on voit", "de ma fenêtre", "photo", "vidéo", "impressionnant", "jamais vu",
  ],
  DONATIONS_VOLUNTEERING: [
    "je propose", "on propose", "propose", "proposons", "dispo", "disponible", "disponibles", "bénévole*", "volontaire*", "collecte", "dons", "don", "cagnotte",
    "héberger", "hébergement gratuit", "on héberge", "accueillir", "on accueille", "chambre libre", "chambres libres", "place pour", "gratuit*", "offert*", "offre",
    "je peux aider", "on peut aider", "je peux", "coup de main", "déposer", "dépôt", "mp", "dm", "contactez-moi", "écrivez-moi", "porte ouverte", "#porteouverte", "solidaire*", "entraide",
  ],
  SYMPATHY: [
    "pensées", "pensée", "je pense", "on pense", "courage", "force à", "tenez bon", "soutien", "solidarité avec", "de tout coeur", "coeur", "prières", "on prie",
    "merci aux", "merci à", "bravo", "héros", "respect", "triste", "tristesse", "terrible", "horrible", "ému*", "❤", "🙏", "💔", "rip", "condoléances",
  ],
  CRITICISM: [
    "scandale", "scandaleux", "honteux", "honte", "inadmissible", "inacceptable", "lamentable", "incompétent*", "abandonné*", "oubliés", "personne n'est venu", "toujours pas", "toujours aucun*",
    "aucune aide", "on nous ment", "mensonge*", "responsable*", "la faute", "comment se fait-il", "pourquoi", "qui a signé", "on attend quoi", "bravo la", "merci la mairie", "(non)",
    "promesse*", "depuis des années", "depuis 10 ans", "jamais rien", "rien n'a été fait", "irresponsable*", "gestion catastrophique", "on paie",
  ],
  OTHER_RELEVANT: [
    "enquête", "parquet", "garde à vue", "ministre", "président", "premier ministre", "se rendra", "visite", "catastrophe naturelle", "assureur*", "assurance*", "indemnis*",
    "explications", "explique", "comprendre", "pourquoi les", "thread", "🧵", "reportage", "archives", "histoire", "en chiffres", "coût", "millions d'euros", "milliards", "climat*", "minute de silence",
  ],
};
