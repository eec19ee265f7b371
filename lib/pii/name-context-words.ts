/**
 * Word lists around first names (folded). A first name directly after one of `BEFORE_NOT_PERSON`
 * names a street, a building or a place ("rue Jean Jaurès", "collège Jean Moulin",
 * "Saint Pierre du Mont"), not a person: the address detector owns streets.
 */
export const BEFORE_NOT_PERSON = new Set(
  `rue ruelle avenue av ave boulevard bd impasse allee chemin quai route place cours square cite passage villa
  domaine clos mail carrefour voie promenade parvis esplanade lotissement residence hameau lieu-dit pont port
  parc jardin jardins stade gymnase salle espace complexe centre college lycee ecole groupe scolaire maternelle
  creche hopital clinique ehpad maison foyer piscine halle halles theatre cinema mediatheque bibliotheque
  musee fondation institut association club aeroport gare station campus universite faculte fac caserne
  quartier cite pole lac ile cap val mont fort bourg saint sainte st ste san santa santo sao notre-dame
  prix trophee operation plan tempete ouragan cyclone storm hurricane avenue street road boulevard rond-point
  abbe pere frere soeur sr fr saints eglise chapelle cathedrale basilique paroisse hotel restaurant cafe bar
  camping ferme chateau moulin`.split(/\s+/),
);

/**
 * Capitalised words that cannot be a surname after a first name: sentence words, months,
 * days, place and organisation words ("Marine Nationale", "France Bleu", "Pierre Et Marie").
 */
export const NOT_SURNAMES = new Set(
  `le la les l' un une des du de d' et ou mais donc or ni car je j' tu il elle on nous vous ils elles ce cet cette
  ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs qui que qu' quoi dont ou a au aux en dans
  sur sous pour par avec sans chez vers entre est sont etait ete merci bonjour bonsoir salut coucou svp stp urgent
  alerte attention info infos rt via photo photos video videos contact tel tél edit maj update ps nb oui non ok
  lol mdr ici la-bas hier demain aujourd'hui ce soir matin nuit janvier fevrier mars avril mai juin juillet aout
  septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche nationale national
  bleu inter infos info tv television televisions radio sud ouest nord est centre landes adour gironde gers
  pyrenees bearn aquitaine pays basque france paris bordeaux bayonne dax rue avenue place boulevard chemin
  saint sainte st ste and the of to in on at for from with by is are was if it you he she we they my your his
  her our their this that hello thanks thank please help sos urgence secours pompiers gendarmerie police mairie
  prefecture sdis samu vigilance rouge orange jaune verte crue crues inondation inondations is qui y j'ai
  moi toi lui eux plus moins tres trop tout tous toute toutes aussi encore deja bien mal voici voila
  grand grande petit petite haut basse bas nouveau nouvelle vieux vieille ville village hameau quartier
  rt fr fyp pourtoi foryou viral maire prefet prefete president presidente ministre directeur directrice depute
  deputee senateur senatrice commandant capitaine colonel general lieutenant adjoint adjointe conseiller
  conseillere cure professeur docteur chef italie espagne allemagne belgique suisse angleterre portugal
  maroc algerie tunisie europe amerique afrique asie gascogne bretagne occitanie normandie provence alsace corse
  plage centre-ville bourg`.split(/\s+/),
);

/** Courtesy titles that introduce a surname ("M. Dupont", "Mme Martin", "Monsieur Lafitte"). */
export const TITLES = new Set(["monsieur", "madame", "mademoiselle", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "docteur", "m"]);

/**
 * Frequent Vietnamese family names, written first ("Nguyen Van Minh"), so the first-name list
 * alone would miss these people.
 */
export const FAMILY_NAME_FIRST = new Set(["nguyen", "tran", "pham", "huynh", "hoang", "phan", "dang", "bui", "ngo", "duong", "truong", "trinh", "dinh", "vuong", "luong", "nguyễn"]);

/** Particles inside surnames ("Charles de Gaulle", "Marine Le Pen", "Mohamed Ben Ali"). */
export const SURNAME_PARTICLES = new Set(["de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "da", "di", "dos", "das", "el", "al", "ben", "bin", "ibn", "ould", "ait", "abou", "abu", "mac", "mc", "o'"]);

/**
 * All-caps words that come before a capitalised first name without being its surname:
 * shouting and acronyms ("MERCI Julie", "SDIS Landes").
 */
export const NOT_CAPS_SURNAMES = new Set(
  `merci urgent alerte aide aidez svp stp info infos direct bravo partage partagez partager rt sos vigilance rouge
  orange jaune edit maj update ps nb attention important bonjour salut coucou hello thanks please avis recherche
  disparu disparue disparition flash breaking live video photo contact tel appel appelez secours evacuation prefet
  sdis ehpad samu crs pghm sncf edf enedis grdf sfr free bouygues dax ok lol mdr fyp ffr usa uk fr cc pas pour avec
  chez est et ou le la les un une des du de en au aux sur par dans qui que ce je il elle on nous vous ils elles
  crue crues inondation inondations pompiers gendarmerie police mairie merci`.split(/\s+/),
);
