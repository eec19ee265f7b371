import { solidarityPublicText } from "./public-text";

/** French words for the relay text (relay messages are published in French, whatever the UI language). */
export const TYPE_WORDS_FR: Record<string, string> = {
  SHELTER: "hébergement",
  TRANSPORT: "transport",
  FOOD: "nourriture",
  WATER: "eau potable",
  EQUIPMENT: "matériel",
  VOLUNTEERS: "bras bénévoles",
  DONATIONS: "dons",
  ANIMAL_CARE: "soins aux animaux",
  OTHER: "entraide",
};

type ItemText = { side: string; type: string; title: string; description: string; placeName: string | null; contact: string | null };

/**
 * The text of a relay message made from a solidarity item: personal data
 * redacted, and the contact removed even where it was typed into the title
 * or description (people reach the association, never the person directly).
 */
export function solidarityRelayText(item: ItemText, kind: "SOLIDARITY" | "INITIATIVE"): { title: string; body: string } {
  const clean = (text: string) => solidarityPublicText(text, { contact: item.contact }).trim();
  const where = item.placeName ? ` à ${item.placeName}` : "";
  const what = TYPE_WORDS_FR[item.type] ?? TYPE_WORDS_FR.OTHER;
  const heading = kind === "INITIATIVE" ? `Initiative locale${where}` : item.side === "NEED" ? `Appel à la solidarité${where} : besoin de ${what}` : `Solidarité${where} : offre de ${what}`;
  const title = clean(item.title);
  const description = clean(item.description);
  const closing =
    kind === "INITIATIVE" ? "Merci à toutes celles et ceux qui s'engagent." : item.side === "NEED" ? "Vous pouvez aider ? Écrivez-nous en message privé, nous vous mettrons en relation." : "Vous en avez besoin ? Écrivez-nous en message privé, nous vous mettrons en relation.";
  return { title: `${heading} — ${title}`.slice(0, 200), body: [`${heading}.`, title + (description ? `\n${description}` : ""), closing].join("\n\n") };
}

