import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
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
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Releases" });
  const id = parseReleaseId((await params).id);
  const data = id === null ? null : await getRelease(id);
  if (!data) return { title: t("notFound") };
  return pageMetadata({
    locale,
    title: t("detailTitle", { id: data.release.id }),
    description: t("detailDescription", { id: data.release.id }),
    path: `/releases/${data.release.id}`,
    image: "/og/page/releases",
  });
}

export default async function ReleasePage({ params }: PageProps<"/[locale]/releases/[id]">) {
  await connection();
  const id = parseReleaseId((await params).id);
  const data = id === null ? null : await getRelease(id);
  if (!data) notFound();
  const t = await getTranslations("Releases");
  return (
    <>
      <PageHeader crumbs={[{ href: "/releases", label: t("title") }]} title={t("detailTitle", { id: data.release.id })}>
        <ReleaseFacts release={data.release} />
      </PageHeader>
      <ReleaseChanges changes={data.changes} currentSlugs={data.currentSlugs} />
    </>
  );
}
