import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { ReleaseList } from "@/components/releases/release-list";
import { listReleases } from "@/lib/catalogue/releases";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/releases">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Releases" });
  return pageMetadata({
    locale,
    title: t("metaTitle"),
    description: t("metaDescription"),
    path: "/releases",
  });
}

export default async function ReleasesPage() {
  await connection();
  const t = await getTranslations("Releases");
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={
          <p>
            {t.rich("lead", {
              // The feed is one, in English, at the site's root (lib/feed/releases-atom.ts).
              feed: (chunks) => <a href="/releases.atom">{chunks}</a>,
              api: (chunks) => (
                <Link href="/api" prefetch={false}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        }
      />
      <ReleaseList releases={await listReleases()} />
    </>
  );
}
