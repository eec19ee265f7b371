import { afterAll, inject } from "vitest";
import { disconnectDb } from "../../../lib/db/client";

process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  await disconnectDb();
});
