// Structured logs: one JSON object per line, with the request id that responses and error pages show.
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

/** Request ids we accept from upstream proxies: short tokens of safe characters; anything else is replaced. */
export function plausibleRequestId(value: string | null): value is string {
  return value !== null && /^[A-Za-z0-9._:-]{8,64}$/.test(value);
}
