import { eraseSubjectInJson, mentionsSubject } from "../personal-data/redact";
import { solidarityPublicText } from "./public-text";
import { registerPurger, registerSubjectHandler } from "../personal-data/registry";

/**
 * Solidarity items hold contacts (names, phone numbers, addresses) and texts
 * that may name people. Past retention, contacts and descriptions go, titles
 * are redacted and the link to the post is cut; the anonymous side, type,
 * commune and status stay for the activation's record. A data-subject request
 * finds and erases a person in contacts, titles and descriptions.
 */
export function registerSolidarityRetention(): void {
  registerPurger({
    kind: "solidarity",
    purge: async ({ tx, activationId }) => {
      const items = await tx.solidarityItem.findMany({ where: { activationId }, select: { id: true, title: true, description: true, contact: true, postId: true } });
      let touched = 0;
      for (const item of items) {
        const title = solidarityPublicText(item.title, { contact: item.contact });
        if (item.contact === null && item.description === "" && item.postId === null && title === item.title) continue;
        await tx.solidarityItem.update({ where: { id: item.id }, data: { contact: null, description: "", title, postId: null } });
        touched++;
      }
      return touched;
    },
  });
  registerSubjectHandler({
    kind: "solidarity",
    find: async (tx, subject) => {
      const items = await tx.solidarityItem.findMany({ where: mentioning(subject), select: { id: true, activationId: true, side: true, type: true, title: true, description: true, contact: true, createdAt: true } });
      return items
        .filter((item) => [item.title, item.description, item.contact ?? ""].some((text) => mentionsSubject(text, subject)))
        .map((item) => ({ kind: "solidarity", id: item.id, activationId: item.activationId, summary: item.title, data: item }));
    },
    erase: async (tx, subject) => {
      const items = await tx.solidarityItem.findMany({ where: mentioning(subject), select: { id: true, title: true, description: true, contact: true } });
      let erased = 0;
      for (const item of items) {
        const title = eraseSubjectInJson(item.title, subject);
        const description = eraseSubjectInJson(item.description, subject);
        // A contact that names the person is theirs: it goes entirely.
        const contactNamesThem = item.contact !== null && mentionsSubject(item.contact, subject);
        if (title.erased + description.erased === 0 && !contactNamesThem) continue;
        await tx.solidarityItem.update({
          where: { id: item.id },
          data: { title: title.value as string, description: description.value as string, ...(contactNamesThem ? { contact: null } : {}), version: { increment: 1 } },
        });
        erased++;
      }
      return erased;
    },
  });
}

function mentioning(subject: string) {
  const has = { contains: subject, mode: "insensitive" as const };
  return { OR: [{ title: has }, { description: has }, { contact: has }] };
}
