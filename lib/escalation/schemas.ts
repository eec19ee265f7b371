import { z } from "zod";
import { ANSWER_PRESETS } from "./answer-presets";

/** What a volunteer writes when escalating: a short message for the crisis cell. */
export const escalateReportSchema = z.object({
  message: z.string().trim().min(1, "escalation_message_required").max(500, "escalation_message_too_long"),
});
export type EscalateReportInput = z.infer<typeof escalateReportSchema>;

/** The authority's answer: a preset, free text, or both (at least one). */
export const acknowledgeSchema = z
  .object({
    preset: z.enum(ANSWER_PRESETS).nullish(),
    text: z.string().trim().max(500, "escalation_answer_too_long").default(""),
  })
  .refine((value) => value.preset || value.text.length > 0, { message: "escalation_answer_required", path: ["text"] });
export type AcknowledgeInput = z.infer<typeof acknowledgeSchema>;

/** From the e-mail link: the same answer, and optionally who is answering (the address is known). */
export const linkAcknowledgeSchema = acknowledgeSchema.and(z.object({ name: z.string().trim().max(120).default("") }));

export const escalationSettingsSchema = z.object({
  onDutyEmails: z.array(z.email("escalation_email_invalid")).max(20, "escalation_too_many_emails"),
  escalationRenotifyMinutes: z.coerce.number().int().min(1, "escalation_delay_invalid").max(1440, "escalation_delay_invalid"),
});
export type EscalationSettingsInput = z.infer<typeof escalationSettingsSchema>;
