import { getLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { ReleaseChanges } from "@/components/releases/release-changes";
import { ReleaseFacts } from "@/components/releases/release-facts";
import { getRelease } from "@/lib/catalogue/releases";
import { parseReleaseId } from "@/lib/filters/release-id";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/releases/[id]">): Promise<Metadata> {
  const id = parseReleaseId((await params).id);
  const data = id === null ? null : await getRelease(id);
  if (!data) return { title: "Release not found" };
  return pageMetadata({
    locale: await getLocale(),
    title: `Data release ${data.release.id}`,
    description: `What changed in release ${data.release.id} of the catalogue: projects added, removed and changed.`,
    path: `/releases/${data.release.id}`,
    image: "/og/page/releases",
  });
}

export default async function ReleasePage({ params }: PageProps<"/[locale]/releases/[id]">) {
  await connection();
  const id = parseReleaseId((await params).id);
  const data = id === null ? null : await getRelease(id);
  if (!data) notFound();
  return (
    <>
      <PageHeader crumbs={[{ href: "/releases", label: "Data releases" }]} title={`Data release ${data.release.id}`}>
        <ReleaseFacts release={data.release} />
      </PageHeader>
      <ReleaseChanges changes={data.changes} currentSlugs={data.currentSlugs} />
    </>
  );
}
