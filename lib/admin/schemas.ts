import { z } from "zod";

export const organizationTypes = ["VOLUNTEER_ASSOCIATION", "PREFECTURE", "FIRE_SERVICE", "OTHER"] as const;
export const roles = ["ADMIN", "COORDINATOR", "VOLUNTEER", "AUTHORITY"] as const;
export const locales = ["fr", "en"] as const;

export const passwordSchema = z
  .string()
  .min(12, { message: "password_too_short" })
  .max(200, { message: "password_too_long" });

export const organizationInputSchema = z.object({
  name: z.string().trim().min(2, { message: "name_too_short" }).max(120),
  type: z.enum(organizationTypes),
  active: z.boolean().default(true),
});
export type OrganizationInput = z.infer<typeof organizationInputSchema>;

export const userCreateSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: "email_invalid" }),
  name: z.string().trim().min(2, { message: "name_too_short" }).max(120),
  role: z.enum(roles),
  organizationId: z.string().uuid({ message: "organization_required" }),
  locale: z.enum(locales).default("fr"),
  password: passwordSchema,
});
export type UserCreateInput = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = userCreateSchema.omit({ password: true });
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;

export const passwordResetSchema = z.object({ password: passwordSchema });

export const uuidSchema = z.string().uuid();
