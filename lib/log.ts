// Structured logs: one JSON object per line, with our own request id (error responses carry it) and, as a separate
// field, the id an upstream proxy sent.
type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", msg: string, fields: Fields) {
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields });
  if (level === "error") console.error(line);
  else console.log(line);
}

export const log = {
  info: (msg: string, fields: Fields = {}) => write("info", msg, fields),
  warn: (msg: string, fields: Fields = {}) => write("warn", msg, fields),
  error: (msg: string, fields: Fields = {}) => write("error", msg, fields),
};

/** Ids worth logging beside ours: short tokens of safe characters; anything else is dropped. */
export function plausibleRequestId(value: string | null): value is string {
  return value !== null && /^[A-Za-z0-9._:-]{8,64}$/.test(value);
}
