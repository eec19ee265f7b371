import nodemailer, { type Transporter } from "nodemailer";
import type { MailConfig } from "./mail-config";

export type OutgoingMail = { to: string; subject: string; text: string; html: string };

// One pooled transport per SMTP URL (the URL can change between tests).
const transports = new Map<string, Transporter>();

function transport(url: string): Transporter {
  let existing = transports.get(url);
  if (!existing) {
    // Short timeouts: a dead mail server must fail fast, the re-notify job retries.
    existing = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    transports.set(url, existing);
  }
  return existing;
}

export async function sendMail(config: MailConfig, mail: OutgoingMail): Promise<void> {
  await transport(config.url).sendMail({ from: config.from, ...mail });
}
