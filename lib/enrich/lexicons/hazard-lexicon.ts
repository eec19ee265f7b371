import { DEFAULT_HAZARD_TEMPLATES } from "@/lib/activation/default-hazard-templates";
import { HAZARDS, type Hazard } from "@/lib/activation/hazards";

/**
 * Words that tie a post to a hazard: the activation templates' own keywords and hashtags (the
 * words coordinators search for), plus inflections, SMS spellings and eyewitness phrasings the
 * templates do not need for searching but a classifier does.
 */
const EXTRA: Record<Hazard, readonly string[]> = {
  flood: ["inond*", "innond*", "crue*", "décrue", "débord*", "l'eau monte", "ça monte", "sous l'eau", "pieds dans l'eau", "niveau de l'eau", "rivière", "fleuve", "berges", "barque", "bateau", "sacs de sable", "flood*", "floodwater*", "river", "burst its banks"],
  flash_flood: ["inond*", "crue éclair", "crue soudaine", "orage*", "épisode cévenol", "épisode méditerranéen", "coulée* de boue", "embâcle*", "radier*", "gué", "emporté*", "torrent", "ravin*", "flash flood*", "washed out", "swept away"],
  coastal_flood: ["submersion", "submergé*", "vague*", "houle", "marée*", "coefficient", "coeff", "digue*", "front de mer", "jetée", "remblai", "brise-lame*", "storm surge", "sea wall", "high tide", "waves"],
  storm: ["tempête*", "tempete*", "rafale*", "vent violent", "vents violents", "km/h", "arbre* tombé*", "arbre* couché*", "arbres au sol", "tuiles", "toiture*", "enedis", "storm*", "gust*", "winds", "trees down", "fallen tree*"],
  cyclone: ["cyclone*", "cyclonique", "ouragan*", "alerte violette", "alerte rouge", "oeil du cyclone", "l'oeil", "ravine", "tôle*", "mayotte", "hurricane*", "typhoon", "eye of"],
  wildfire: ["feu*", "incendi*", "flamme*", "fumée*", "brûl*", "cramé*", "canadair*", "pompiers", "dfci", "hectares", "wildfire*", "bushfire*", "blaze", "smoke", "embers", "water bombers", "fire front"],
  industrial: ["explosion*", "explos*", "usine", "seveso", "nuage toxique", "fuite d'ammoniac", "fuite de gaz", "chlore", "ammoniac", "panache", "suies", "fr-alert", "sirène", "confinement", "confinés", "chemical", "plant", "refinery", "toxic cloud", "shelter in place"],
  heatwave: ["canicule*", "chaleur", "fournaise", "étouffe", "degrés", "°c", "déshydrat*", "coup de chaleur", "malaise*", "clim", "ventilateur*", "heatwave", "heat", "heatstroke"],
  snow_ice: ["neige*", "enneig*", "verglas", "verglaçante", "glace", "chasse-neige", "saleuse*", "déneig*", "naufragés de la route", "bloqués sur l'a", "snow*", "ice", "icy", "gritter*", "freezing"],
  earthquake: ["séisme*", "seisme*", "tremblement* de terre", "secousse*", "réplique*", "magnitude", "bcsf", "décombres", "fissur*", "earthquake*", "quake", "aftershock*", "rubble", "tremor"],
  attack: ["attentat*", "attaque", "fusillade", "coups de feu", "tireur", "terroris*", "raid", "bri", "colis suspect", "blessé par balle", "gunshot*", "shooting", "attacker", "gunman", "armed police"],
  other: ["glissement* de terrain", "éboulement*", "avalanche*", "coulée de boue", "effondrement", "landslide*", "avalanche", "rockfall", "sinkhole"],
};

/** Hazard → its relevance cue phrases (French and English together: posts mix them). */
export const HAZARD_LEXICON: Record<Hazard, readonly string[]> = Object.fromEntries(
  HAZARDS.map((hazard) => {
    const template = DEFAULT_HAZARD_TEMPLATES[hazard];
    const hashtags = template.hashtags.map((tag) => tag.replace(/^#/, ""));
    return [hazard, [...new Set([...template.keywords.fr, ...template.keywords.en, ...hashtags, ...EXTRA[hazard]])]];
  }),
) as unknown as Record<Hazard, readonly string[]>;

/**
 * Figurative and off-topic uses of hazard words (the templates' exclusions plus common ones):
 * a hit demotes a post, it does not discard it, since a real witness may also write "tempête".
 */
const EXTRA_NOISE: readonly string[] = [
  "tempête sous un crâne", "tempête dans un verre d'eau", "crue de promotions", "crue des prix", "inondé de notif*", "inondés de candidatures", "submergé de travail", "submergée de travail", "submergé d'émotion", "submergée d'émotion",
  "je coule sous", "je me noie sous", "noyé mon chagrin", "noyer mon chagrin", "feu d'artifice", "feux d'artifice", "mis le feu", "met le feu", "en feu", "feu vert", "feux tricolores", "feux de la saint-jean", "feu de camp",
  "explosion de saveurs", "fait exploser les compteurs", "ma tête va exploser", "attaque de panique", "séisme politique", "vague de chaleur humaine", "nouvelle vague", "avalanche de mails", "avalanche de messages",
  "boule de neige", "accueil glacial", "reine des neiges", "marée de soldes", "cyclone des soldes", "ouragan de la saison", "torrent d'insultes", "pluie d'étoiles", "pluie de cadeaux", "coup de foudre", "orage de critiques",
  "flash sale", "floodlight*", "flooded with", "flood of", "drowning in", "snowed under", "on fire", "is fire", "got fired", "stormed out", "took the charts by storm", "brainstorm*", "panic attack", "counter-attack", "hot take", "frozen 2", "shockwaves",
  "cyclone vacuum", "my inbox", "match abandoned", "tirs au but", "mbappé", "ligue 1", "psg", "om", "mercato", "concert", "album", "film", "série", "recette", "soldes", "promo*", "barbecue", "raclette", "dancefloor",
];

export const NOISE_LEXICON: readonly string[] = [
  ...new Set([...HAZARDS.flatMap((h) => [...DEFAULT_HAZARD_TEMPLATES[h].exclusions.fr, ...DEFAULT_HAZARD_TEMPLATES[h].exclusions.en]), ...EXTRA_NOISE]),
];
