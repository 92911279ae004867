import type { Locale } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { compare, compareCandidates } from "@/lib/catalogue/compare";
import { parseCompareParams, toCompareSearch, type CompareKind } from "@/lib/filters/compare-params";
import { pageMetadata } from "@/lib/seo/page-metadata";

// One query for the metadata and the page of a request (the items as one string, so that the cache key matches).
const loadComparison = cache((kind: CompareKind, items: string, locale: Locale) =>
  compare(kind, items ? items.split(",") : [], locale),
);

export async function generateMetadata({ searchParams }: PageProps<"/[locale]/compare">): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "Compare" });
  const { kind, items } = parseCompareParams(await searchParams, locale);
  const comparison = await loadComparison(kind, items.join(","), locale);
  const search = toCompareSearch(
    kind,
    comparison.columns.map((c) => c.key),
  );
  const names = comparison.columns.map((c) => c.label);
  return {
    ...pageMetadata({
      locale,
      title: names.length ? t("metaTitleWith", { names: names.join(" · ") }) : t("metaTitle"),
      description: t(`metaDescription.${kind}`),
      path: `/compare${search}`,
      image: names.length ? `/og/compare${search}` : undefined,
    }),
    robots: { index: false, follow: true },
  };
}

export default async function ComparePage({ searchParams }: PageProps<"/[locale]/compare">) {
  await connection();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Compare")]);
  const { kind, items, notices } = parseCompareParams(await searchParams, locale);
  const [comparison, projects, countries, programmes] = await Promise.all([
    loadComparison(kind, items.join(","), locale),
    compareCandidates("projects"),
    compareCandidates("countries"),
    compareCandidates("programmes"),
  ]);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t(`heading.${kind}`)}</h1>
      <CompareView comparison={comparison} notices={notices} candidates={{ projects, countries, programmes }} />
    </>
  );
}
