/**
 * Folded words that are also commune names or short forms somewhere in France but are far more
 * often ordinary words, first names or names of areas. A place name made only of these words
 * counts only when it is written with a capital letter after a preposition ("à Sauve",
 * "A Marie,"), never in "il sauve son chien" or "Marie est partie".
 */
const WORDS = `
a au aux en y eu on il elle ou et sur sous dans de des du le la les l un une
pas rue monte mer place courant quartier maisons maison salle son pres cours cause vers pont ponts mere
rouge riviere rivieres marche orange boue grand grande hopital ecole tombe vallee passage bas pere rues
port contre cote sens routes route foret ligne feux feu ville villes chemin couches prix vert verte fille
portes porte centre centres aucun cellule bus long longue grave voisins jardin charge chaussee sable maire
boulot gorges gorge bois branches cases ciel sort chambre fosse bouge table appelle falaise belle beau
campagne salon lance plaisir four fete touche arches arche pierre pierres lit barthes perron bras caves cave
linge tourne plan gene bouillie bio serre signes sauve aube loge bouteille champ champs maillot tour pars
peage premieres salles lutter garde vue citerne maux creches seuil bonne chasse murs coinces pleure
montagne montagnes blanc blanche vieux vieille livre corps louer bords bord bourg parc vignes vigne joue
survie cordon change bars bar basses terrasse jury queue douze mars lies parce angoisse engins brosses
bains bain plage plages eaux eau lac lacs etang etangs mont monts val vals puy roc roche roches font
fontaine fontaines source sources isle ile iles moulin moulins chapelle eglise chateau chateaux tours
villeneuve villefranche villers neuville bourg bourgs mas prat pradelles fort forts camp camps
aire lit mixe moutons sables nord sud est ouest centre haut haute hauts bas basse neuf neuve
nouvelle nouveau vieille vieil petit petite grand grandes gros grosse beaulieu bellevue mur orgues
pin pins chene chenes hetre ormes saules aulnes tilleul noyers poiriers pommiers vernes bouleaux
prise prises lieu lieux ours loup loups chat chats chevre cerf biches boeuf vache vaches coq lion
cuisine fenetre fenetres toit toits dame dames seigneur roi reine prince paix guerre gloire foi
condom bonnet sapin mai juin juillet aout jour nuit matin soir midi noel paques pentecote
bains eu us by our this still his hours dry cars sand cuts job came
goes don very flat island corn baby gas machine tech bouille reunion st saint sainte saints
marie lucie eugenie sophie claire madeleine anne jeanne helene julie valerie florence arnaud bernard
pierre paul jacques jean louis martin vincent laurent denis germain andre michel nicolas etienne
thomas simon marc luc george georges francois christophe hilaire hippolyte justin aubin avit
bretagne normandie provence corse alsace lorraine bourgogne champagne picardie auvergne limousin
aquitaine occitanie savoie gascogne bearn camargue medoc chalosse cevennes corbieres minervois
landes gironde marensin born vesubie roya tinee adour garonne dordogne loire rhone seine
france europe
mon ton ma ta tes mes ses nos vos leur leurs ce cet cette ces tout tous toute toutes meme
plus moins tres trop peu beaucoup apres avant depuis pendant entre chez pour par avec sans
cap pointe anse baie havre quai quais digue digues dune dunes falaises grotte grottes col cols
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Articles that, written just before a one-word name, make it a river or an area ("la Lys", "l'Arre"). */
export const ARTICLES: ReadonlySet<string> = new Set(["le", "la", "les", "l", "un", "une"]);

/** Words after which a capitalised word is a place ("à", "vers", "près de"…). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "a", "au", "aux", "en", "sur", "dans", "de", "d", "du", "des", "depuis", "vers", "pres", "entre", "par",
  "pour", "chez", "jusqu", "jusque", "direction", "from", "in", "at", "to", "near", "et",
]);

/** Words before which a name is a street, not the place ("rue de Lille", "avenue Foch"). */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  "rue", "avenue", "av", "boulevard", "bd", "bld", "place", "quai", "impasse", "allee", "allees", "chemin",
  "cours", "square", "esplanade", "passage", "promenade", "lotissement", "residence", "stade", "gare", "college", "lycee",
]);

/** Names of teams and landmarks that contain place names without naming a place. */
export const NOT_PLACES: readonly string[] = [
  "paris saint germain", "olympique de marseille", "olympique lyonnais", "stade de france", "stade toulousain",
  "pont du gard", "dune du pilat",
];
