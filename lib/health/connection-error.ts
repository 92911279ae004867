// Errors that mean "the database cannot be reached" (as opposed to a bad query): Prisma's P1001/P1017/P2024,
// node-postgres connection errors and timeouts.
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = "code" in error ? String(error.code) : "";
  if (
    ["P1001", "P1002", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "57P01", "57P03", "08006", "08001"].includes(
      code,
    )
  )
    return true;
  // Not "timeout exceeded when trying to connect": that is pg-pool's acquisition timeout, which a busy pool also
  // hits; the background ping decides whether the server itself is gone.
  return /can't reach database|ECONNREFUSED|ECONNRESET|Connection terminated unexpectedly|server closed the connection/i.test(
    error.message,
  );
}
