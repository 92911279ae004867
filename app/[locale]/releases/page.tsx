import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { ReleaseList } from "@/components/releases/release-list";
import { listReleases } from "@/lib/catalogue/releases";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/releases">): Promise<Metadata> {
  return pageMetadata({
    locale: await pageLocale(params),
    title: "Data releases",
    description: "Every version of the catalogue's data: when it was published, its size, and what changed.",
    path: "/releases",
  });
}

export default async function ReleasesPage() {
  await connection();
  return (
    <>
      <PageHeader
        title="Data releases"
        lead={
          <p>
            Each time the records change, the catalogue publishes a release: its date, a hash of the content files, the
            catalogue’s size and a list of what changed in each project. Follow them as an{" "}
            <a href="/releases.atom">Atom feed</a> or read them from the{" "}
            <Link href="/api" prefetch={false}>
              JSON API
            </Link>
            .
          </p>
        }
      />
      <ReleaseList releases={await listReleases()} />
    </>
  );
}
