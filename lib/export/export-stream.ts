// Streams rows as CSV (csv-stringify, UTF-8 with BOM, spreadsheet-safe) or as one JSON document, pulled row by row.
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "./spreadsheet-safe";

export type ExportColumn<T> = { key: string; header: string; value: (row: T) => string | number | null };

export function csvStream<T>(rows: AsyncIterable<T>, columns: ExportColumn<T>[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  const line = (cells: (string | number)[]) => stringify([cells], { record_delimiter: "windows" });
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // The BOM makes spreadsheet programs read the file as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${line(columns.map((c) => c.header))}`));
    },
    async pull(controller) {
      // Up to 200 rows per chunk: few enqueues, bounded memory.
      let chunk = "";
      for (let i = 0; i < 200; i++) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += line(columns.map((c) => spreadsheetSafe(c.value(next.value))));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function jsonStream<T>(
  rows: AsyncIterable<T>,
  toJson: (row: T) => unknown,
  head: Record<string, unknown>,
  key: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let first = true;
  let count = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const opening = JSON.stringify(head).slice(0, -1);
      controller.enqueue(encoder.encode(`${opening}${opening.length > 1 ? "," : ""}"${key}":[`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(`],"count":${count}}\n`));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(`${first ? "" : ","}${JSON.stringify(toJson(next.value))}`));
      first = false;
      count++;
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
