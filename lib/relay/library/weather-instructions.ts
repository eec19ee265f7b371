import type { BuiltInInstruction } from "./types";

/** Storms, cyclones, heatwaves and snow/ice: Météo-France vigilance advice, gouvernement.fr « risques », Santé publique France, Bison Futé. */
const METEO = { sourceName: "Météo-France — vigilance", sourceUrl: "https://vigilance.meteofrance.fr/fr" };
const GOUV_STORM = { sourceName: "Gouvernement — risque tempête", sourceUrl: "https://www.gouvernement.fr/risques/tempete" };
const GOUV_CYCLONE = { sourceName: "Gouvernement — risque cyclone", sourceUrl: "https://www.gouvernement.fr/risques/cyclone" };
const SPF_HEAT = { sourceName: "Santé publique France — fortes chaleurs", sourceUrl: "https://www.santepubliquefrance.fr/determinants-de-sante/climat/fortes-chaleurs-canicule" };
const GOUV_HEAT = { sourceName: "Gouvernement — canicule", sourceUrl: "https://www.gouvernement.fr/risques/canicule" };
const BISON = { sourceName: "Bison Futé", sourceUrl: "https://www.bison-fute.gouv.fr/" };

export const STORM_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "storm.limit-travel", hazard: "storm", title: "Limitez vos déplacements", body: "🌬️ Tempête à {commune} : limitez vos déplacements, renseignez-vous avant de prendre la route et ne vous promenez pas en forêt ni sur le littoral. {lien}", ...METEO, hashtags: ["#tempête"] },
  { key: "storm.secure-objects", hazard: "storm", title: "Rentrez les objets exposés au vent", body: "🌬️ Tempête à {commune} : rentrez ou attachez les objets qui peuvent être emportés (mobilier de jardin, poubelles, échafaudages). Ne montez pas sur les toits. {lien}", ...GOUV_STORM, hashtags: ["#tempête"] },
  { key: "storm.power-lines", hazard: "storm", title: "Ne touchez pas aux fils électriques tombés", body: "⚡ {commune} : ne touchez jamais un fil électrique tombé au sol, éloignez-vous et signalez-le. Si vous dépendez d'un appareil médical électrique, prévoyez une solution de secours. {lien}", ...GOUV_STORM, hashtags: ["#tempête"] },
  { key: "storm.stay-informed", hazard: "storm", title: "Informez-vous", body: "ℹ️ Tempête, {commune}, {heure} : suivez la vigilance Météo-France, écoutez la radio et les consignes de la préfecture. {lien}", ...METEO, hashtags: ["#tempête"] },
];

export const CYCLONE_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "cyclone.shelter", hazard: "cyclone", title: "Restez à l'abri", body: "🌀 Cyclone, {commune} : restez chez vous ou dans un abri sûr, loin des fenêtres. Ne sortez sous aucun prétexte pendant le passage, même en cas d'accalmie (œil du cyclone). {lien}", ...GOUV_CYCLONE, hashtags: ["#cyclone"] },
  { key: "cyclone.prepare", hazard: "cyclone", title: "Préparez-vous", body: "🌀 Cyclone, {commune} : faites des réserves d'eau, de nourriture, de piles et de médicaments, protégez les ouvertures et rentrez tout ce qui peut s'envoler. {lien}", ...GOUV_CYCLONE, hashtags: ["#cyclone"] },
  { key: "cyclone.after", hazard: "cyclone", title: "Après le passage", body: "🌀 {commune} : attendez la fin de l'alerte officielle avant de sortir. Ne touchez pas aux fils électriques tombés et évitez les zones inondées. {lien}", ...METEO, hashtags: ["#cyclone"] },
  { key: "cyclone.stay-informed", hazard: "cyclone", title: "Informez-vous", body: "ℹ️ Cyclone, {commune}, {heure} : suivez les bulletins de Météo-France et de la préfecture à la radio. N'appelez les secours qu'en cas d'urgence. {lien}", ...METEO, hashtags: ["#cyclone"] },
];

export const HEATWAVE_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "heatwave.drink", hazard: "heatwave", title: "Buvez de l'eau", body: "🌡️ Canicule à {commune} : buvez de l'eau régulièrement sans attendre d'avoir soif, mangez en quantité suffisante, évitez l'alcool. {lien}", ...SPF_HEAT, hashtags: ["#canicule"] },
  { key: "heatwave.cool", hazard: "heatwave", title: "Rafraîchissez-vous", body: "🌡️ Canicule à {commune} : mouillez-vous le corps, restez au frais, fermez volets et fenêtres le jour, aérez la nuit. Passez quelques heures dans un lieu frais. {lien}", ...SPF_HEAT, hashtags: ["#canicule"] },
  { key: "heatwave.effort", hazard: "heatwave", title: "Évitez les efforts", body: "🌡️ Canicule à {commune} : évitez les efforts physiques et les sorties aux heures les plus chaudes. {lien}", ...GOUV_HEAT, hashtags: ["#canicule"] },
  { key: "heatwave.neighbours", hazard: "heatwave", title: "Prenez des nouvelles des proches", body: "🌡️ Canicule à {commune} : prenez des nouvelles de vos proches âgés, isolés ou fragiles. Canicule info service : 0 800 06 66 66 (appel gratuit). En cas de malaise, appelez le 15. {lien}", ...GOUV_HEAT, hashtags: ["#canicule"] },
];

export const SNOW_ICE_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "snow_ice.limit-travel", hazard: "snow_ice", title: "Limitez vos déplacements", body: "❄️ Neige-verglas à {commune} : limitez vos déplacements. Si vous devez partir, renseignez-vous sur l'état des routes (Bison Futé) et respectez les restrictions de circulation. {lien}", ...BISON, hashtags: ["#neige", "#verglas"] },
  { key: "snow_ice.equip", hazard: "snow_ice", title: "Équipez-vous", body: "❄️ {commune} : si vous prenez la route, équipez votre véhicule, prévoyez couvertures, eau, nourriture et un téléphone chargé. Ne doublez pas les engins de déneigement. {lien}", ...METEO, hashtags: ["#neige"] },
  { key: "snow_ice.heating", hazard: "snow_ice", title: "Chauffage : attention au monoxyde de carbone", body: "❄️ {commune} : n'utilisez jamais de chauffage d'appoint en continu ni de groupe électrogène à l'intérieur. Aérez : risque d'intoxication au monoxyde de carbone. {lien}", ...METEO, hashtags: ["#froid"] },
  { key: "snow_ice.roofs", hazard: "snow_ice", title: "Ne montez pas sur les toits", body: "❄️ {commune} : ne montez pas sur les toits pour déneiger, et dégagez la neige devant chez vous. {lien}", ...METEO, hashtags: ["#neige"] },
];
