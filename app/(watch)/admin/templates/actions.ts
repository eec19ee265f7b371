"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { updateHazardTemplate } from "@/lib/activation/hazard-templates";
import { requireUser } from "@/lib/auth/guards";

const lines = (data: FormData, name: string) => String(data.get(name) ?? "").split("\n").map((s) => s.trim()).filter(Boolean);

/** Categories are edited as "code | libellé | label" lines. */
function readCategories(data: FormData) {
  return lines(data, "reportCategories").map((line) => {
    const [code = "", fr = "", en = ""] = line.split("|").map((part) => part.trim());
    return { code, label: { fr, en: en || fr } };
  });
}

export async function updateTemplateAction(hazard: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await updateHazardTemplate(actor, hazard, {
      keywords: { fr: lines(data, "keywordsFr"), en: lines(data, "keywordsEn") },
      hashtags: lines(data, "hashtags"),
      exclusions: { fr: lines(data, "exclusionsFr"), en: lines(data, "exclusionsEn") },
      languages: lines(data, "languages"),
      reportCategories: readCategories(data),
    });
    revalidatePath("/admin/templates");
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
