// The head of a release page: when, from which content, how big the catalogue was, and what changed in a sentence.
import type { ReleaseSummary } from "@/lib/catalogue/releases";
import { formatCount, formatEuros } from "@/lib/format/money";
import { ReleaseDate } from "./release-date";

export function ReleaseFacts({ release: r }: { release: ReleaseSummary }) {
  const changes = `${formatCount(r.added)} added, ${formatCount(r.removed)} removed, ${formatCount(r.changed)} changed`;
  return (
    <div className="mt-3 space-y-3">
      <p className="text-lg">
        Published <ReleaseDate date={r.releasedAt} />. Projects {changes}
        {r.id === 1 ? " (the first release lists every project as added)" : " since the previous release"}.
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Projects</dt>
        <dd>{formatCount(r.projects)}</dd>
        <dt className="font-semibold">Organisations</dt>
        <dd>{formatCount(r.organisations)}</dd>
        <dt className="font-semibold">Participations</dt>
        <dd>{formatCount(r.partners)}</dd>
        <dt className="font-semibold">Total budget stated</dt>
        <dd>{formatEuros(r.totalBudget)}</dd>
        <dt className="font-semibold">Content hash</dt>
        <dd className="min-w-0 break-all">
          <code>{r.contentHash}</code>
        </dd>
      </dl>
    </div>
  );
}
