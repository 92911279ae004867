import type { Metadata } from "next";
import { connection } from "next/server";
import { EmbedMap } from "@/components/embed/embed-map";
import { EmbedSource } from "@/components/embed/embed-source";
import { listCountries } from "@/lib/catalogue/countries";

export const metadata: Metadata = { title: "Projects by country (embed)" };

export default async function EmbedMapPage() {
  await connection();
  const countries = await listCountries();
  return (
    <>
      <h1 className="text-lg font-bold">EU-funded integration projects by country</h1>
      <EmbedMap countries={countries} />
      <EmbedSource path="/countries" label="Browse by country on Integration Atlas" />
    </>
  );
}
