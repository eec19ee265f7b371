import type { Tx } from "../db/client";
import type { SolidaritySide, SolidarityStatus, SolidarityType } from "../db/generated/enums";
import { solidarityPlace } from "../solidarity/solidarity-place";

type DemoItem = {
  key: string;
  side: SolidaritySide;
  type: SolidarityType;
  title: string;
  insee: string;
  contact: string;
  verified: boolean;
  status?: SolidarityStatus;
  matchWith?: string;
  showOnPublicMap?: boolean;
  hoursAgo: number;
};

// Landes communes (INSEE): Dax 40088, Saint-Paul-lès-Dax 40279, Tartas 40313, Pontonx-sur-l'Adour 40230,
// Peyrehorade 40224, Pouillon 40233, Mont-de-Marsan 40192, Saint-Vincent-de-Paul 40283, Narrosse 40202.
// Contacts are fictitious, in the 06 39 98 range that ARCEP reserves for works of fiction.
const ITEMS: DemoItem[] = [
  { key: "need-shelter", side: "NEED", type: "SHELTER", title: "Famille de 4 évacuée du quartier du Sablar, cherche un hébergement pour deux nuits", insee: "40088", contact: "Mme Laborde — 06 39 98 00 01", verified: true, status: "MATCHED", matchWith: "offer-shelter", hoursAgo: 5 },
  { key: "offer-shelter", side: "OFFER", type: "SHELTER", title: "Chambre d'amis disponible, accès de plain-pied", insee: "40279", contact: "M. Dufau — 06 39 98 00 02", verified: true, status: "MATCHED", matchWith: "need-shelter", hoursAgo: 4 },
  { key: "need-animals", side: "NEED", type: "ANIMAL_CARE", title: "Éleveur cherche un abri hors d'eau pour 12 brebis", insee: "40313", contact: "GAEC Lartigue — 06 39 98 00 03", verified: true, status: "MATCHED", matchWith: "offer-animals", hoursAgo: 4 },
  { key: "offer-animals", side: "OFFER", type: "ANIMAL_CARE", title: "Grange vide et foin à disposition", insee: "40230", contact: "Mme Castets — 06 39 98 00 04", verified: true, status: "MATCHED", matchWith: "need-animals", hoursAgo: 3 },
  { key: "need-transport", side: "NEED", type: "TRANSPORT", title: "Personne âgée à conduire chez sa fille, sans voiture depuis la crue", insee: "40224", contact: "M. Darrigade — 06 39 98 00 05", verified: false, hoursAgo: 2 },
  { key: "offer-transport", side: "OFFER", type: "TRANSPORT", title: "Minibus du club de rugby avec chauffeur, 8 places", insee: "40233", contact: "Club de Pouillon — 06 39 98 00 06", verified: true, hoursAgo: 2 },
  { key: "need-water", side: "NEED", type: "WATER", title: "Résidence seniors privée d'eau potable", insee: "40192", contact: "Accueil de la résidence — 06 39 98 00 07", verified: true, showOnPublicMap: true, hoursAgo: 1 },
  { key: "offer-volunteers", side: "OFFER", type: "VOLUNTEERS", title: "Une dizaine de bénévoles pour vider les maisons après la décrue", insee: "40283", contact: "Collectif Entraide Adour — 06 39 98 00 08", verified: true, showOnPublicMap: true, hoursAgo: 1 },
  { key: "offer-food", side: "OFFER", type: "FOOD", title: "La boulangerie offre le pain aux familles sinistrées", insee: "40202", contact: "Boulangerie — 06 39 98 00 09", verified: true, status: "CLOSED", hoursAgo: 6 },
];

/** The demo activation's solidarity board: needs and offers around Dax and Tartas, two pairs already matched, one match left to confirm. */
export async function seedSolidarity(tx: Tx, options: { activationId: string; createdById: string }): Promise<void> {
  const ids = new Map<string, string>();
  const now = Date.now();
  for (const item of ITEMS) {
    const created = await tx.solidarityItem.create({
      data: {
        activationId: options.activationId,
        side: item.side,
        type: item.type,
        title: item.title,
        ...solidarityPlace(item.insee),
        contact: item.contact,
        verified: item.verified,
        status: item.status ?? "OPEN",
        showOnPublicMap: item.showOnPublicMap ?? false,
        createdById: options.createdById,
        createdAt: new Date(now - item.hoursAgo * 3600_000),
      },
    });
    ids.set(item.key, created.id);
  }
  for (const item of ITEMS) {
    if (item.matchWith) await tx.solidarityItem.update({ where: { id: ids.get(item.key)! }, data: { matchedWithId: ids.get(item.matchWith)! } });
  }
}
