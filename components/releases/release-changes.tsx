// One release's changelog: projects added, projects removed, then each changed project with its field changes.
// Each project carries its slug as the anchor that project pages link to (/releases/<id>#<slug>).
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import type { ReleaseChange, ReleaseDetail } from "@/lib/catalogue/releases";
import { releaseChangeParts } from "@/lib/format/release-fields";

function ProjectName({ change, linked }: { change: ReleaseChange; linked: boolean }) {
  // Names and values stay as printed (often in another script): <bdi> keeps them whole in right-to-left text.
  if (!linked) return <bdi>{change.projectName}</bdi>;
  return (
    <Link href={`/projects/${change.projectSlug}`} prefetch={false} className="inline-flex min-h-6 items-center">
      <bdi>{change.projectName}</bdi>
    </Link>
  );
}

function FieldChange({ change }: { change: ReleaseChange & { field: string } }) {
  const t = useTranslations("Releases");
  const p = releaseChangeParts(change, useLocale());
  const label = () => <span className="font-semibold">{p.label}</span>;
  if (p.how === "reworded") return t.rich("reworded", { label });
  if (p.how === "added") return t.rich("itemAdded", { label, item: p.item ?? "" });
  if (p.how === "removed") return t.rich("itemRemoved", { label, item: p.item ?? "" });
  // The arrow is a message of its own: it points the way the language reads (← in Arabic).
  return (
    <>
      {label()}: <bdi>{p.before}</bdi> <span aria-hidden="true">{t("arrow")}</span>
      <span className="sr-only">{t("changedTo")}</span> <bdi>{p.after}</bdi>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ReleaseChanges({ changes, currentSlugs }: Pick<ReleaseDetail, "changes" | "currentSlugs">) {
  const t = useTranslations("Releases");
  const added = changes.filter((c) => c.kind === "added");
  const removed = changes.filter((c) => c.kind === "removed");
  const changed = new Map<string, (ReleaseChange & { field: string })[]>();
  for (const c of changes)
    if (c.kind === "changed" && c.field !== null)
      changed.set(c.projectSlug, [...(changed.get(c.projectSlug) ?? []), { ...c, field: c.field }]);
  if (!changes.length) return <p className="mt-6">{t("noChanges")}</p>;
  return (
    <>
      {added.length > 0 && (
        <Section id="release-added" title={t("projectsAdded", { count: added.length })}>
          <ul className="list-disc space-y-1 ps-5">
            {added.map((c) => (
              <li key={c.projectSlug} id={c.projectSlug}>
                <ProjectName change={c} linked={currentSlugs.has(c.projectSlug)} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {removed.length > 0 && (
        <Section id="release-removed" title={t("projectsRemoved", { count: removed.length })}>
          <ul className="list-disc space-y-1 ps-5">
            {removed.map((c) => (
              <li key={c.projectSlug} id={c.projectSlug}>
                <ProjectName change={c} linked={currentSlugs.has(c.projectSlug)} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {changed.size > 0 && (
        <Section id="release-changed" title={t("projectsChanged", { count: changed.size })}>
          {[...changed].map(([slug, rows]) => (
            <section key={slug} id={slug} aria-labelledby={`${slug}-h`} className="mt-6">
              <h3 id={`${slug}-h`} className="text-lg font-semibold">
                <ProjectName change={rows[0]} linked={currentSlugs.has(slug)} />
              </h3>
              <ul className="mt-2 list-disc space-y-1 ps-5">
                {rows.map((c, i) => (
                  <li key={i}>
                    <FieldChange change={c} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </Section>
      )}
    </>
  );
}
