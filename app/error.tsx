"use client";
// Shown when a page fails on the server: no stack trace, only what a person can do, and a reference for a report
// (the error's digest, which the server log records beside its own request id).
import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3">This page could not be shown just now. Please try again in a moment.</p>
      {error.digest && (
        <p className="mt-2 text-sm text-muted">
          If you report this, please quote: <code>{error.digest}</code>
        </p>
      )}
      <div className="mt-4 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-semibold text-white">Try again</button>
        <Link href="/">Go to the home page</Link>
      </div>
    </div>
  );
}
