import { z } from "zod";

const terms = z.array(z.string().trim().toLowerCase().min(1).max(80)).max(300).transform((items) => [...new Set(items)]);

export const reportCategorySchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { message: "category_code_invalid" }),
  label: z.object({ fr: z.string().trim().min(2).max(80), en: z.string().trim().min(2).max(80) }),
});

export const hazardTemplateInputSchema = z.object({
  keywords: z.object({ fr: terms, en: terms }),
  hashtags: z.array(z.string().trim().regex(/^#[\p{L}\p{N}_]{1,80}$/u, { message: "hashtag_invalid" })).max(200),
  exclusions: z.object({ fr: terms, en: terms }),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1, { message: "language_required" }),
  reportCategories: z
    .array(reportCategorySchema)
    .min(1, { message: "category_required" })
    .refine((list) => new Set(list.map((c) => c.code)).size === list.length, { message: "category_code_duplicate" }),
});
