"use client";
// Shown when a page fails on the server: no stack trace, only what a person can do, and a reference for a report
// (the error's digest, which the server log records beside its own request id).
import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Something went wrong</h1>
      <p className="mt-3">This page could not be shown just now. Please try again in a moment.</p>
      {error.digest && (
        <p className="mt-2 text-sm text-muted">
          If you report this, please quote: <code>{error.digest}</code>
        </p>
      )}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-semibold text-paper hover:bg-brand-dark"
        >
          Try again
        </button>
        <Link href="/" prefetch={false}>
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
