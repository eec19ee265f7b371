import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: "email_invalid" }).max(254),
  password: z.string().min(1, { message: "password_required" }).max(200),
  callbackUrl: z.string().optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;
