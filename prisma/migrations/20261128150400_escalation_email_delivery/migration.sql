-- Escalation e-mails to the on-duty addresses: what is still to deliver, so that a failed
-- send (SMTP down) is retried by the re-notify job instead of being lost.
ALTER TABLE "Escalation"
    ADD COLUMN "emailState" TEXT NOT NULL DEFAULT 'none',
    ADD COLUMN "emailPendingTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "emailAttempts" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "emailLastAttemptAt" TIMESTAMPTZ(3),
    ADD COLUMN "emailError" TEXT;
