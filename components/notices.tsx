/** What the page ignored in its address, said once at the top (bad filter values, unknown parameters). */
export function Notices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <ul role="status" className="mb-6 space-y-1 rounded-lg border-s-4 border-flag bg-flag-wash p-4 text-sm">
      {notices.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
