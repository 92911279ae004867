"use client";
// Shown when a page fails on the server: no stack trace, only what a person can do, and a reference for a report
// (the error's digest, which the server log records beside its own request id).
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
      <p className="mt-3">{t("lead")}</p>
      {error.digest && (
        <p className="mt-2 text-sm text-muted">
          {t("quote")} <code>{error.digest}</code>
        </p>
      )}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-semibold text-paper hover:bg-brand-dark"
        >
          {t("retry")}
        </button>
        <Link href="/" prefetch={false}>
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
