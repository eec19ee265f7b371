-- A withdrawn relay message is also deleted from the networks it went to: when, or why not.
ALTER TABLE "RelayPublication" ADD COLUMN "removedAt" TIMESTAMPTZ(3);
ALTER TABLE "RelayPublication" ADD COLUMN "removeError" TEXT;
