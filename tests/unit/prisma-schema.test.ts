// The schema reader behind tests/integration/schema-matches-migrations.test.ts: it must read every form the schema
// uses, and refuse what it does not understand (or the schema test could pass on a schema it misread).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePrismaSchema } from "../prisma-schema";

const SAMPLE = `
// comment
generator client {
  provider = "prisma-client"
}

enum Role {
  lead
  partner
}

model Organisation {
  id          Int      @id @default(autoincrement())
  slug        String   @unique
  countryCode String?  @map("country_code") @db.Char(2) // trailing comment
  tags        String[] @default([])
  vector      Unsupported("tsvector")? @map("search_vector")
  role        Role
  created     DateTime @default(now()) @db.Timestamptz(3)
  parent      Organisation? @relation("Tree", fields: [parentId], references: [id])
  parentId    Int?     @map("parent_id")
  children    Organisation[] @relation("Tree")

  @@unique([countryCode, slug])
  @@index([slug(ops: raw("gin_trgm_ops"))], type: Gin, map: "organisation_slug_trgm_idx")
  @@map("organisation")
}
`;

describe("reading schema.prisma", () => {
  const [model] = parsePrismaSchema(SAMPLE).models;

  it("reads enums with their values in order", () => {
    expect(parsePrismaSchema(SAMPLE).enums).toEqual([{ name: "Role", values: ["lead", "partner"] }]);
  });

  it("maps the table and columns, with optionality, lists, native and unsupported types", () => {
    expect(model.table).toBe("organisation");
    expect(model.fields.map((f) => [f.column, f.type, f.optional, f.list])).toEqual([
      ["id", "Int", false, false],
      ["slug", "String", false, false],
      ["country_code", "String", true, false],
      ["tags", "String", false, true],
      ["search_vector", "tsvector", true, false],
      ["role", "Role", false, false],
      ["created", "DateTime", false, false],
      ["parent_id", "Int", true, false],
    ]);
    expect(model.fields.find((f) => f.name === "countryCode")?.native).toEqual({ name: "Char", args: ["2"] });
    expect(model.fields.find((f) => f.name === "created")?.native).toEqual({ name: "Timestamptz", args: ["3"] });
    expect(model.relations).toEqual(["parent", "children"]);
  });

  it("reads field and block indexes, with map and type", () => {
    expect(model.indexes).toEqual([
      { kind: "id", fields: ["id"], map: null, type: null },
      { kind: "unique", fields: ["slug"], map: null, type: null },
      { kind: "unique", fields: ["countryCode", "slug"], map: null, type: null },
      { kind: "normal", fields: ["slug"], map: "organisation_slug_trgm_idx", type: "Gin" },
    ]);
  });

  it.each([
    ["an unknown type", "model A {\n  id Widget\n}"],
    ["an unknown block attribute", "model A {\n  id Int @id\n  @@fulltext([id])\n}"],
    ["a line outside any block", "type Address {\n  street String\n}"],
  ])("refuses %s", (_, text) => {
    expect(() => parsePrismaSchema(text)).toThrow();
  });

  it("reads every model of the real schema", () => {
    const text = readFileSync("prisma/schema.prisma", "utf8");
    expect(parsePrismaSchema(text).models.map((m) => m.name)).toEqual(
      [...text.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]),
    );
  });
});
