// A compact list of projects for an embed: name, programme, period and budget; links open the full site (_top).
import { absoluteUrl } from "@/lib/config";
import type { ProjectCard } from "@/lib/catalogue/search-projects";
import { formatEuros } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";

const nameOf = (p: { acronym: string | null; title: string }) =>
  p.acronym && p.acronym.toLowerCase() !== p.title.toLowerCase() ? `${p.acronym} — ${p.title}` : p.title;

export function EmbedProjectList({ items }: { items: ProjectCard[] }) {
  return (
    <ul className="divide-y divide-line">
      {items.map((p) => (
        <li key={p.slug} className="py-2">
          <a href={absoluteUrl(`/projects/${p.slug}`)} target="_top" className="font-semibold">
            {nameOf(p)}
          </a>
          <p className="text-muted">
            {p.programme?.shortName ?? p.programme?.name ?? "Programme not stated"} ·{" "}
            {formatPeriod(p.startText, p.endText) ?? "period not stated"} · total budget {formatEuros(p.totalBudget)}
          </p>
        </li>
      ))}
    </ul>
  );
}
