// The list of data releases: one row each, newest first, with the catalogue's size and what changed.
import { Link } from "@/lib/i18n/navigation";
import { TableScroll } from "@/components/table-scroll";
import type { ReleaseSummary } from "@/lib/catalogue/releases";
import { formatCount, formatEuros } from "@/lib/format/money";
import { ReleaseDate } from "./release-date";

export function ReleaseList({ releases }: { releases: ReleaseSummary[] }) {
  if (!releases.length) return <p>No release has been recorded yet: the catalogue has not been seeded.</p>;
  return (
    <TableScroll label="Data releases, scrollable table">
      <table className="data-table">
        <caption className="sr-only">
          Data releases, newest first: date, content hash, size of the catalogue and projects added, removed and changed
        </caption>
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">Date</th>
            <th scope="col">Content hash</th>
            <th scope="col" className="num">
              Projects
            </th>
            <th scope="col" className="num">
              Organisations
            </th>
            <th scope="col" className="num">
              Participations
            </th>
            <th scope="col" className="num">
              Total budget stated
            </th>
            <th scope="col" className="num">
              Added
            </th>
            <th scope="col" className="num">
              Removed
            </th>
            <th scope="col" className="num">
              Changed
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="whitespace-nowrap font-normal">
                <Link href={`/releases/${r.id}`} prefetch={false} className="inline-flex min-h-6 items-center">
                  Release {r.id}
                </Link>
              </th>
              <td className="whitespace-nowrap">
                <ReleaseDate date={r.releasedAt} />
              </td>
              <td>
                <code>{r.contentHash.slice(0, 12)}</code>
              </td>
              <td className="num">{formatCount(r.projects)}</td>
              <td className="num">{formatCount(r.organisations)}</td>
              <td className="num">{formatCount(r.partners)}</td>
              <td className="num">{formatEuros(r.totalBudget)}</td>
              <td className="num">{formatCount(r.added)}</td>
              <td className="num">{formatCount(r.removed)}</td>
              <td className="num">{formatCount(r.changed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
