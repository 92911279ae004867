import { pageLocale } from "@/lib/i18n/page-locale";
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CountryDetailView } from "@/components/country-detail";
import { StartYearSection } from "@/components/trends/start-year-section";
import { countryParam, getCountry } from "@/lib/catalogue/countries";
import { countryName } from "@/lib/format/countries";
import { searchProjects } from "@/lib/catalogue/search-projects";
import { projectsByStartYear } from "@/lib/catalogue/trends";
import { DEFAULT_FILTERS } from "@/lib/filters/project-filters";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/countries/[code]">): Promise<Metadata> {
  const code = countryParam((await params).code);
  const data = code ? await getCountry(code) : null;
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "Country" });
  if (!data) return { title: t("notFound") };
  const c = data.country.code;
  const name = countryName(c, locale);
  return pageMetadata({
    locale,
    title: t("metaTitle", { country: name }),
    description: t("metaDescription", { country: name }),
    path: `/countries/${c.toLowerCase()}`,
    image: `/og/country/${c.toLowerCase()}`,
  });
}

export default async function CountryPage({ params }: PageProps<"/[locale]/countries/[code]">) {
  await connection();
  const code = countryParam((await params).code);
  const data = code ? await getCountry(code) : null;
  if (!data || !code) notFound();
  // The second search counts what the "led from here" link would find, so that the link says it and hides at zero.
  const lang = await pageLocale(params);
  const [projects, led, trend] = await Promise.all([
    searchProjects({ ...DEFAULT_FILTERS, country: [code], sort: "name", lang }),
    searchProjects({ ...DEFAULT_FILTERS, country: [code], role: "lead", sort: "name", lang }),
    projectsByStartYear({ ...DEFAULT_FILTERS, country: [code], lang }),
  ]);
  return (
    <>
      <CountryDetailView data={data} projects={projects} ledCount={led.total} />
      <StartYearSection trend={trend} />
    </>
  );
}
