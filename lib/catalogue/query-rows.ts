// The boundary of raw SQL: every $queryRaw result is parsed by a zod schema of its row, so that a column renamed in a
// migration or a type PostgreSQL returns differently (bigint, numeric) fails loudly here instead of flowing on as an
// unchecked assertion.
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export async function queryRows<Row extends z.ZodType>(row: Row, query: Prisma.Sql): Promise<z.infer<Row>[]> {
  return z.array(row).parse(await db().$queryRaw<unknown[]>(query));
}
