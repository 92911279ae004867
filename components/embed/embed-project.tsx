// One project in an embed: the key facts only, each as stated or "not stated".
import type { ProjectPageData } from "@/lib/catalogue/get-project";
import { formatEuros } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";

export function EmbedProject({ data: { project: p, programmes } }: { data: ProjectPageData }) {
  const lead = p.participations.find((x) => ["lead", "coordinator", "promoter"].includes(x.role));
  const facts: [string, string][] = [
    ["Programme", programmes.at(-1)?.name ?? "not stated"],
    ["Period", formatPeriod(p.startText, p.endText) ?? "not stated"],
    ["Total budget", formatEuros(p.totalBudget)],
    [p.programme?.funder === "EEA" ? "EEA Grants" : "EU contribution", formatEuros(p.grantAmount)],
    ["Countries", p.countries.map((c) => c.country.name).join(", ") || "not stated"],
    ["Lead partner", lead ? lead.organisation.name : "not stated"],
  ];
  return (
    <article>
      <h1 className="text-lg font-bold">
        {p.acronym && p.acronym.toLowerCase() !== p.title.toLowerCase() ? `${p.acronym} — ${p.title}` : p.title}
      </h1>
      <p className="mt-1">{p.summary}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
