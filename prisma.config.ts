import { defineConfig } from "prisma/config";

// DATABASE_URL is only needed by commands that talk to a database (migrate, studio); `generate` works without it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
