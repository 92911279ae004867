"use client";
// The filter form's submit button. Without JavaScript a change applies only on submit, so the button cannot know the
// new count and says "Apply filters"; with it, changes apply at once and the button shows the count it returns to.
import { useTranslations } from "next-intl";
import { useHydrated } from "./use-hydrated";

export function ShowResultsButton({ total }: { total: number }) {
  const t = useTranslations("Filters.client");
  const live = useHydrated();
  return (
    <button
      type="submit"
      className="min-h-11 w-full rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark lg:w-auto"
    >
      {live ? t("showResults", { count: total }) : t("apply")}
    </button>
  );
}
