import type { ProjectDetail } from "@/lib/catalogue/get-project";

export function QualityFlags({ flags }: { flags: ProjectDetail["flags"] }) {
  return (
    <ul className="space-y-3 print:space-y-1">
      {flags.map((f, i) => (
        <li key={i} className="rounded border border-flag/40 bg-flag-wash p-3 text-sm print:p-1">
          <p>
            <span className="font-semibold">Field:</span> <code>{f.field}</code>
          </p>
          <p>
            <span className="font-semibold">Printed in the source:</span> “{f.raw}”
          </p>
          <p>
            <span className="font-semibold">Our reading:</span> {f.reading ?? <em>none — left empty</em>}
          </p>
          <p className="mt-1">{f.note}</p>
        </li>
      ))}
    </ul>
  );
}
