import { describe, expect, it } from "vitest";
import { createStoryIndex } from "@/lib/stories/story-index";

const at = (minute: number) => new Date(Date.UTC(2024, 0, 17, 6, minute));
const ORIGINAL = "Le niveau de la Midouze a dépassé celui de 2014 au pont de Tartas. Les riverains de l'avenue de la Gare doivent quitter leur domicile avant 20h selon la mairie.";

describe("createStoryIndex", () => {
  it("puts a repost and a quote with added text in the original's story", () => {
    const index = createStoryIndex();
    expect(index.add({ id: "p1", text: ORIGINAL, at: at(0) })).toEqual({ storyId: "p1", joined: false });
    expect(index.add({ id: "p2", text: `RT @sudouest_landes: ${ORIGINAL}`, at: at(3) })).toEqual({ storyId: "p1", joined: true });
    expect(index.add({ id: "p3", text: `Jamais vu ça de ma vie, ma tante habite juste là 😱 ${ORIGINAL} https://t.co/q1`, at: at(5) })).toEqual({ storyId: "p1", joined: true });
    expect(index.stories()).toEqual([{ storyId: "p1", size: 3, firstSeen: at(0), memberIds: ["p1", "p2", "p3"] }]);
  });

  it("starts a new story for an unrelated post and for the same template about another place", () => {
    const index = createStoryIndex();
    index.add({ id: "a", text: ORIGINAL, at: at(0) });
    const other = ORIGINAL.replace("Midouze", "Douze").replace("Tartas", "Roquefort");
    expect(index.add({ id: "b", text: other, at: at(1) })).toEqual({ storyId: "b", joined: false });
    expect(index.add({ id: "c", text: "Les écoles de l'agglomération resteront fermées lundi et mardi, les transports scolaires sont suspendus.", at: at(2) }).joined).toBe(false);
    expect(index.stories().map((s) => s.size)).toEqual([1, 1, 1]);
  });

  it("keeps finding a big story once its band keys are full", () => {
    const index = createStoryIndex({ maxPostsPerKey: 4 });
    index.add({ id: "o", text: ORIGINAL, at: at(0) });
    for (let i = 1; i <= 20; i++) expect(index.add({ id: `c${i}`, text: `${ORIGINAL} #partage${i}`, at: at(i) }).storyId).toBe("o");
    expect(index.stories()[0].size).toBe(21);
  });
});
