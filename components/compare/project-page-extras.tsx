// Below a project page: "Add to comparison" (a plain link, works without JavaScript) and the page's embed code.
import { Link } from "@/lib/i18n/navigation";
import { EmbedCode } from "@/components/embed/embed-code";

export function ProjectPageExtras({ slug, title }: { slug: string; title: string }) {
  return (
    <section aria-label="Compare and embed" className="mt-8 print:hidden">
      <p>
        <Link href={`/compare?projects=${slug}`} className="inline-block min-h-6 font-semibold">
          Add to comparison
        </Link>
      </p>
      <EmbedCode path={`/embed/projects/${slug}`} title={`${title} — Integration Atlas`} />
    </section>
  );
}
