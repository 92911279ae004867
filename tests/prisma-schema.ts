// A reader of prisma/schema.prisma for the schema test: enums, and each model's table, columns and indexes, as
// Prisma names them in PostgreSQL. Only the forms this schema uses (one field per line, @@-attributes on their own
// lines); anything else makes it throw, so that the schema test cannot pass on a schema it did not understand.
// (Replaces @prisma/internals' getDMMF, an internal API that changes without notice.)

export type SchemaField = {
  name: string;
  column: string;
  type: string;
  optional: boolean;
  list: boolean;
  /** @db.X(args), e.g. { name: "Char", args: ["2"] } */
  native: { name: string; args: string[] } | null;
  unsupported: boolean;
};
export type SchemaIndex = {
  kind: "id" | "unique" | "normal";
  fields: string[];
  map: string | null;
  type: string | null;
};
export type SchemaModel = {
  name: string;
  table: string;
  fields: SchemaField[];
  relations: string[];
  indexes: SchemaIndex[];
};
export type Schema = { enums: { name: string; values: string[] }[]; models: SchemaModel[] };

const SCALARS = new Set(["Int", "String", "Boolean", "Float", "DateTime", "BigInt", "Decimal", "Json", "Bytes"]);

/** Top-level comma-separated parts of `s` (commas inside brackets and parentheses stay). */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of s) {
    if (c === "(" || c === "[") depth++;
    if (c === ")" || c === "]") depth--;
    if (c === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** `[a, b(ops: …)], type: Gin, map: "x"` → fields a, b and the named arguments. */
function blockIndex(kind: SchemaIndex["kind"], args: string): SchemaIndex {
  const [list, ...named] = splitTop(args);
  if (!list.startsWith("[") || !list.endsWith("]")) throw new Error(`Unreadable index arguments: ${args}`);
  const fields = splitTop(list.slice(1, -1)).map((f) => /^(\w+)/.exec(f)?.[1] ?? "");
  const option = (key: string) =>
    named.map((n) => new RegExp(`^${key}:\\s*"?(\\w+)"?$`).exec(n)?.[1]).find(Boolean) ?? null;
  return { kind, fields, map: option("map"), type: option("type") };
}

export function parsePrismaSchema(text: string): Schema {
  const lines = text.split("\n").map((l) => l.replace(/\/\/.*$/, "").trim());
  const enumNames = new Set([...text.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]));
  const modelNames = new Set([...text.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]));
  const schema: Schema = { enums: [], models: [] };
  let block: { kind: "enum" | "model" | "other"; name: string; body: string[] } | null = null;
  for (const line of lines) {
    if (block === null) {
      const open = /^(enum|model|generator|datasource) (\w+) \{$/.exec(line);
      if (open)
        block = { kind: open[1] === "enum" || open[1] === "model" ? open[1] : "other", name: open[2], body: [] };
      else if (line) throw new Error(`Unexpected line outside a block: ${line}`);
      continue;
    }
    if (line !== "}") {
      if (line) block.body.push(line);
      continue;
    }
    if (block.kind === "enum")
      schema.enums.push({ name: block.name, values: block.body.map((v) => /^(\w+)$/.exec(v)?.[1] ?? fail(v)) });
    if (block.kind === "model") schema.models.push(readModel(block.name, block.body, enumNames, modelNames));
    block = null;
  }
  return schema;
}

function fail(line: string): never {
  throw new Error(`Unreadable schema line: ${line}`);
}

function readModel(name: string, body: string[], enums: Set<string>, models: Set<string>): SchemaModel {
  const model: SchemaModel = { name, table: name, fields: [], relations: [], indexes: [] };
  for (const line of body) {
    const attr = /^@@(\w+)\((.*)\)$/.exec(line);
    if (attr) {
      const [, kind, args] = attr;
      if (kind === "map") model.table = /^"(\w+)"$/.exec(args)?.[1] ?? fail(line);
      else if (kind === "id" || kind === "unique" || kind === "index")
        model.indexes.push(blockIndex(kind === "index" ? "normal" : kind, args));
      else fail(line);
      continue;
    }
    const field = /^(\w+)\s+(Unsupported\("(\w+)"\)|\w+)(\[\])?(\?)?\s*(.*)$/.exec(line) ?? fail(line);
    const [, fieldName, rawType, unsupportedType, list, optional, attributes] = field;
    const type = unsupportedType ?? rawType;
    if (models.has(type)) {
      model.relations.push(fieldName);
      continue;
    }
    if (!unsupportedType && !SCALARS.has(type) && !enums.has(type)) fail(line);
    const native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(attributes);
    model.fields.push({
      name: fieldName,
      column: /@map\("(\w+)"\)/.exec(attributes)?.[1] ?? fieldName,
      type,
      optional: optional === "?",
      list: list === "[]",
      native: native ? { name: native[1], args: native[2] ? splitTop(native[2]) : [] } : null,
      unsupported: Boolean(unsupportedType),
    });
    if (/(^|\s)@id\b/.test(attributes)) model.indexes.push({ kind: "id", fields: [fieldName], map: null, type: null });
    if (/(^|\s)@unique\b/.test(attributes))
      model.indexes.push({ kind: "unique", fields: [fieldName], map: null, type: null });
  }
  return model;
}
