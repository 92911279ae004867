"use client";
// Share a page: the Web Share API where the browser has it, else copy the link, announced to screen readers.
// Rendered only once JavaScript runs: without it the link stays readable and copyable in the share block's field.
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function ShareButton({ url, title }: { url: string; title: string }) {
  // False in the server's HTML, true once hydrated: the button exists only where it can work.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [message, setMessage] = useState("");

  async function share() {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ url, title });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied to the clipboard.");
    } catch {
      setMessage(`Copy this link: ${url}`);
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2 print:hidden">
      {ready && (
        <button
          type="button"
          onClick={share}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-paper px-4 font-semibold text-brand hover:bg-brand-wash"
        >
          Share
        </button>
      )}
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {message}
      </span>
    </span>
  );
}
