import "dotenv/config";
import { defineConfig } from "prisma/config";

// The URL is only needed by migrate commands (where Prisma's engine can be
// downloaded); generate runs without it. Vigie applies its migrations itself.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/vigie" },
});
