import type { BuiltInInstruction } from "./types";

/** Wildfires, industrial accidents, earthquakes, attacks and the generic case: feux-foret.gouv.fr, Géorisques, gouvernement.fr, SGDSN. */
const FEUX = { sourceName: "Feux de forêt — gouv.fr", sourceUrl: "https://www.feux-foret.gouv.fr/" };
const GEORISQUES_INDUS = { sourceName: "Géorisques — risque industriel", sourceUrl: "https://www.georisques.gouv.fr/minformer-sur-un-risque/risque-industriel" };
const GOUV_INDUS = { sourceName: "Gouvernement — accident industriel", sourceUrl: "https://www.gouvernement.fr/risques/accident-industriel" };
const GEORISQUES_SEISME = { sourceName: "Géorisques — séisme", sourceUrl: "https://www.georisques.gouv.fr/minformer-sur-un-risque/seisme" };
const GOUV_SEISME = { sourceName: "Gouvernement — séisme", sourceUrl: "https://www.gouvernement.fr/risques/seisme" };
const SGDSN = { sourceName: "SGDSN — réagir en cas d'attaque terroriste", sourceUrl: "https://www.sgdsn.gouv.fr/publications/reagir-en-cas-dattaque-terroriste" };
const GOUV = { sourceName: "Gouvernement — risques", sourceUrl: "https://www.gouvernement.fr/risques" };

export const WILDFIRE_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "wildfire.shelter", hazard: "wildfire", title: "Confinez-vous dans un bâtiment", body: "🔥 Feu près de {commune} : si le feu approche, réfugiez-vous dans un bâtiment en dur, fermez portes, fenêtres et volets, bouchez les aérations avec des linges mouillés. Ne sortez pas. {lien}", ...FEUX, hashtags: ["#feudeforêt"] },
  { key: "wildfire.no-approach", hazard: "wildfire", title: "Ne vous approchez pas du feu", body: "🔥 {commune} : n'allez pas sur les lieux de l'incendie, même pour regarder, et laissez les routes libres pour les secours. {lien}", ...FEUX, hashtags: ["#feudeforêt"] },
  { key: "wildfire.evacuate", hazard: "wildfire", title: "Évacuez si on vous le demande", body: "🔥 {commune} : si les autorités ordonnent l'évacuation, partez sans attendre par l'itinéraire indiqué. Ne prenez pas la route de votre propre initiative face au feu. {lien}", ...FEUX, hashtags: ["#feudeforêt"] },
  { key: "wildfire.report", hazard: "wildfire", title: "Signalez tout départ de feu", body: "🔥 {commune} : si vous voyez un départ de feu, appelez le 18 ou le 112 en indiquant le lieu le plus précisément possible. {lien}", ...FEUX, hashtags: ["#feudeforêt"] },
];

export const INDUSTRIAL_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "industrial.shelter", hazard: "industrial", title: "Mettez-vous à l'abri", body: "🏭 Accident industriel à {commune} : rejoignez sans délai un bâtiment, fermez portes et fenêtres, arrêtez ventilation et climatisation. Ne sortez qu'à la fin de l'alerte. {lien}", ...GEORISQUES_INDUS, hashtags: ["#accidentindustriel"] },
  { key: "industrial.no-school-pickup", hazard: "industrial", title: "N'allez pas chercher les enfants à l'école", body: "🏭 {commune} : n'allez pas chercher vos enfants à l'école, ils y sont mis à l'abri par les enseignants. {lien}", ...GOUV_INDUS, hashtags: ["#accidentindustriel"] },
  { key: "industrial.radio", hazard: "industrial", title: "Écoutez la radio, ne téléphonez pas", body: "🏭 {commune}, {heure} : écoutez la radio pour les consignes. Ne téléphonez qu'en cas d'urgence, pour laisser les lignes aux secours. Pas de flamme ni d'étincelle. {lien}", ...GOUV_INDUS, hashtags: ["#accidentindustriel"] },
];

export const EARTHQUAKE_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "earthquake.during", hazard: "earthquake", title: "Pendant les secousses", body: "⚠️ Séisme à {commune} : pendant les secousses, abritez-vous sous un meuble solide, loin des fenêtres. Dehors, éloignez-vous des bâtiments et des fils électriques. {lien}", ...GOUV_SEISME, hashtags: ["#séisme"] },
  { key: "earthquake.after", hazard: "earthquake", title: "Après les secousses", body: "⚠️ Séisme à {commune} : après les secousses, coupez gaz et électricité, sortez sans prendre l'ascenseur et éloignez-vous des bâtiments. Attention aux répliques. {lien}", ...GEORISQUES_SEISME, hashtags: ["#séisme"] },
  { key: "earthquake.tsunami", hazard: "earthquake", title: "Bord de mer : gagnez les hauteurs", body: "🌊 {commune} : en bord de mer, après un fort séisme, éloignez-vous du rivage et gagnez les hauteurs sans attendre l'alerte. {lien}", ...GOUV_SEISME, hashtags: ["#séisme", "#tsunami"] },
  { key: "earthquake.phone", hazard: "earthquake", title: "Libérez les lignes", body: "📵 Séisme à {commune} : ne téléphonez qu'en cas d'urgence, pour laisser les lignes aux secours. N'allez pas chercher les enfants à l'école. {lien}", ...GOUV_SEISME, hashtags: ["#séisme"] },
];

export const ATTACK_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "attack.escape-hide-alert", hazard: "attack", title: "S'échapper, se cacher, alerter", body: "🚨 {commune} : s'échapper si possible, sinon se cacher (s'enfermer, éteindre la lumière, couper la sonnerie du téléphone), puis alerter le 17 ou le 112 quand on est en sécurité. {lien}", ...SGDSN, hashtags: ["#urgence"] },
  { key: "attack.no-images", hazard: "attack", title: "Ne diffusez pas d'images ni de positions", body: "🚨 {commune} : ne diffusez ni photos ni vidéos, ni la position des forces de l'ordre ou des victimes. Relayez uniquement les messages officiels. {lien}", ...SGDSN, hashtags: ["#urgence"] },
  { key: "attack.avoid-area", hazard: "attack", title: "Évitez le secteur", body: "🚨 {commune}, {heure} : évitez le secteur et suivez les consignes des autorités. Ne téléphonez qu'en cas d'urgence. {lien}", ...SGDSN, hashtags: ["#urgence"] },
];

export const OTHER_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "other.follow-official", hazard: "other", title: "Suivez les consignes officielles", body: "ℹ️ {commune}, {heure} : suivez les consignes de la préfecture et des secours, écoutez la radio et ne relayez que des informations vérifiées. {lien}", ...GOUV, hashtags: [] },
  { key: "other.emergency-numbers", hazard: "other", title: "Numéros d'urgence", body: "📞 {commune} : en cas d'urgence, appelez le 112 (ou le 15, 17, 18 ; 114 par SMS pour les personnes sourdes ou malentendantes). Ne les encombrez pas pour vous informer. {lien}", ...GOUV, hashtags: [] },
  { key: "other.check-before-sharing", hazard: "other", title: "Vérifiez avant de partager", body: "ℹ️ {commune} : avant de partager une information, vérifiez qu'elle vient d'une source officielle. Les fausses informations gênent les secours. {lien}", ...GOUV, hashtags: [] },
];
