import type { BuiltInInstruction } from "./types";

/**
 * Floods, flash floods and coastal flooding: the official "bons comportements"
 * (Ministère de l'Intérieur / gouvernement.fr « risques », Vigicrues, Météo-France
 * vigilance « vagues-submersion »), reworded for a short post.
 */
const VIGICRUES = { sourceName: "Vigicrues", sourceUrl: "https://www.vigicrues.gouv.fr/" };
const GOUV_FLOOD = { sourceName: "Gouvernement — risque inondation", sourceUrl: "https://www.gouvernement.fr/risques/inondation" };
const GEORISQUES_FLOOD = { sourceName: "Géorisques — inondation", sourceUrl: "https://www.georisques.gouv.fr/minformer-sur-un-risque/inondation" };
const METEO = { sourceName: "Météo-France — vigilance", sourceUrl: "https://vigilance.meteofrance.fr/fr" };

export const FLOOD_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "flood.no-driving", hazard: "flood", title: "Ne prenez pas votre voiture", body: "⚠️ Crue à {commune} : ne prenez pas votre voiture et ne vous engagez jamais sur une route inondée, ni à pied ni en véhicule. 30 cm d'eau suffisent à emporter une voiture. Infos officielles : {lien}", ...GOUV_FLOOD, hashtags: ["#crue", "#inondation"] },
  { key: "flood.go-upstairs", hazard: "flood", title: "Montez à l'étage", body: "⚠️ Crue à {commune} : si l'eau monte, réfugiez-vous en hauteur, à l'étage ou sur un point haut, avec de l'eau, une lampe, une radio et vos médicaments. Infos : {lien}", ...GOUV_FLOOD, hashtags: ["#crue", "#inondation"] },
  { key: "flood.no-basement", hazard: "flood", title: "Ne descendez pas dans les sous-sols", body: "⚠️ Crue à {commune} : ne descendez pas dans les sous-sols, caves et parkings souterrains, même pour sauver votre véhicule ou vos biens. L'eau peut y monter très vite. Infos : {lien}", ...GEORISQUES_FLOOD, hashtags: ["#crue", "#inondation"] },
  { key: "flood.no-school-pickup", hazard: "flood", title: "N'allez pas chercher les enfants à l'école", body: "⚠️ Crue à {commune} : n'allez pas chercher vos enfants à l'école, les enseignants s'occupent d'eux et les mettent en sécurité. Vous vous exposeriez inutilement. Infos : {lien}", ...GOUV_FLOOD, hashtags: ["#crue", "#inondation"] },
  { key: "flood.stay-informed", hazard: "flood", title: "Informez-vous", body: "ℹ️ Crue à {commune} ({heure}) : tenez-vous informés par la radio (ici / France Bleu), les comptes officiels de la préfecture et Vigicrues. Suivez les consignes des autorités. {lien}", ...VIGICRUES, hashtags: ["#crue", "#Vigicrues"] },
  { key: "flood.cut-utilities", hazard: "flood", title: "Coupez gaz et électricité si demandé", body: "⚠️ Crue à {commune} : si les autorités le demandent, coupez le gaz et l'électricité avant l'arrivée de l'eau. Ne touchez pas aux installations électriques les pieds dans l'eau. Infos : {lien}", ...GOUV_FLOOD, hashtags: ["#crue", "#inondation"] },
  { key: "flood.phone", hazard: "flood", title: "Libérez les lignes", body: "📵 Crue à {commune} : ne téléphonez qu'en cas d'urgence, pour laisser les lignes libres aux secours (112, 18, 15, 17). Pour les nouvelles, écoutez la radio. {lien}", ...GOUV_FLOOD, hashtags: ["#crue"] },
];

export const FLASH_FLOOD_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "flash_flood.no-driving", hazard: "flash_flood", title: "Ne vous engagez pas sur une route inondée", body: "⚠️ Pluie-inondation à {commune} : ne vous engagez ni à pied ni en voiture sur une route inondée ou un passage à gué. 30 cm d'eau suffisent à emporter une voiture. {lien}", ...METEO, hashtags: ["#inondation", "#VigilanceRouge"] },
  { key: "flash_flood.high-ground", hazard: "flash_flood", title: "Réfugiez-vous en hauteur", body: "⚠️ Crue rapide à {commune} : éloignez-vous des cours d'eau et réfugiez-vous en hauteur, en étage. Ne vous abritez pas sous un pont. {lien}", ...METEO, hashtags: ["#inondation"] },
  { key: "flash_flood.no-basement", hazard: "flash_flood", title: "Ne descendez pas dans les sous-sols", body: "⚠️ Crue rapide à {commune} : ne descendez pas dans les sous-sols et parkings souterrains, ne sortez pas récupérer votre véhicule. {lien}", ...GEORISQUES_FLOOD, hashtags: ["#inondation"] },
  { key: "flash_flood.no-school-pickup", hazard: "flash_flood", title: "N'allez pas chercher les enfants à l'école", body: "⚠️ Pluie-inondation à {commune} : n'allez pas chercher vos enfants à l'école, ils y sont en sécurité. Limitez vos déplacements. {lien}", ...GOUV_FLOOD, hashtags: ["#inondation"] },
  { key: "flash_flood.stay-informed", hazard: "flash_flood", title: "Informez-vous", body: "ℹ️ {commune}, {heure} : suivez la vigilance Météo-France et Vigicrues, écoutez la radio et les consignes de la préfecture. {lien}", ...METEO, hashtags: ["#inondation"] },
];

export const COASTAL_FLOOD_INSTRUCTIONS: BuiltInInstruction[] = [
  { key: "coastal_flood.stay-away", hazard: "coastal_flood", title: "Éloignez-vous du littoral", body: "🌊 Vagues-submersion à {commune} : ne vous approchez pas du bord de mer, des digues et des jetées, même pour regarder ou photographier les vagues. {lien}", ...METEO, hashtags: ["#submersion", "#tempête"] },
  { key: "coastal_flood.protect-home", hazard: "coastal_flood", title: "Protégez votre logement", body: "🌊 Submersion marine à {commune} : protégez les ouvertures de votre logement, mettez vos biens à l'abri en hauteur et préparez-vous à évacuer sur ordre des autorités. {lien}", ...GOUV_FLOOD, hashtags: ["#submersion"] },
  { key: "coastal_flood.no-driving", hazard: "coastal_flood", title: "Pas de déplacement sur les routes côtières", body: "🌊 {commune} : évitez les routes du bord de mer et ne vous engagez jamais sur une route submergée. {lien}", ...METEO, hashtags: ["#submersion"] },
  { key: "coastal_flood.evacuate", hazard: "coastal_flood", title: "Évacuez si on vous le demande", body: "⚠️ {commune} : si les autorités ordonnent l'évacuation, partez sans attendre vers le lieu indiqué, avec papiers, médicaments et téléphone. {lien}", ...GOUV_FLOOD, hashtags: ["#submersion"] },
];
