import { Prisma } from "../db/generated/client";
import { registerPurger, registerSubjectHandler } from "../personal-data/registry";
import { eraseSubjectInJson, mentionsSubject } from "../personal-data/redact";
import { textColumnsSubjectHandler } from "../personal-data/text-columns-subject-handler";

/**
 * Posts are personal data even when public. Past retention, an activation's
 * posts, their edit history and its dead letters go (the purge run keeps the
 * counts). On a data-subject request, posts written by the handle are
 * deleted and mentions of it in other posts are blanked (their raw payload,
 * which would still hold the mention, is dropped), in their earlier versions
 * too; a dead letter (a payload that could not be read) naming the person goes.
 */
export function registerPostRetention(): void {
  registerPurger({
    kind: "posts",
    purge: async ({ tx, activationId }) => {
      const posts = await tx.post.deleteMany({ where: { activationId } });
      await tx.deadLetter.deleteMany({ where: { activationId } });
      return posts.count;
    },
  });

  registerPurger({
    kind: "media_files",
    purge: async ({ tx, activationId }) => (await tx.mediaFile.deleteMany({ where: { activationId } })).count,
  });

  registerSubjectHandler({
    kind: "posts",
    find: async (tx, subject) => {
      const rows = await tx.post.findMany({
        where: {
          OR: [
            { authorHandle: { equals: subject, mode: "insensitive" } },
            { authorId: subject },
            { authorName: { equals: subject, mode: "insensitive" } },
            { text: { contains: subject, mode: "insensitive" } },
          ],
        },
        select: { id: true, activationId: true, network: true, url: true, authorId: true, authorHandle: true, authorName: true, text: true, postedAt: true },
        take: 5000,
      });
      const exact = (value: string | null) => !!value && value.toLowerCase() === subject.toLowerCase();
      const relevant = rows.filter((row) => exact(row.authorHandle) || exact(row.authorName) || mentionsSubject(row.text, subject) || (row as { authorId?: string | null }).authorId === subject);
      return relevant.map((row) => ({
        kind: "posts",
        id: row.id.toString(),
        activationId: row.activationId,
        summary: `${row.network} ${row.authorHandle ?? ""} — ${row.text.slice(0, 100)}`,
        data: { ...row, id: row.id.toString() },
      }));
    },
    erase: async (tx, subject) => {
      const authored = await tx.post.deleteMany({
        where: { OR: [{ authorHandle: { equals: subject, mode: "insensitive" } }, { authorId: subject }, { authorName: { equals: subject, mode: "insensitive" } }] },
      });
      const candidates = await tx.post.findMany({ where: { text: { contains: subject, mode: "insensitive" } }, select: { id: true, text: true } });
      const mentioning = candidates.filter((post) => mentionsSubject(post.text, subject));
      for (const post of mentioning) {
        await tx.post.update({ where: { id: post.id }, data: { text: eraseSubjectInJson(post.text, subject).value as string, raw: Prisma.DbNull } });
      }
      return authored.count + mentioning.length;
    },
  });
  registerSubjectHandler(textColumnsSubjectHandler({ kind: "post_edits", table: "PostEdit", columns: [{ name: "text" }], summary: "text" }));

  const deadLetters = textColumnsSubjectHandler({
    kind: "dead_letters",
    table: "DeadLetter",
    columns: [{ name: "payload", json: true }, { name: "reason" }],
    summary: "reason",
    activationColumn: "activationId",
  });
  registerSubjectHandler({
    ...deadLetters,
    erase: async (tx, subject) => {
      const found = await deadLetters.find(tx, subject);
      await tx.deadLetter.deleteMany({ where: { id: { in: found.map((item) => BigInt(item.id)) } } });
      return found.length;
    },
  });
}
