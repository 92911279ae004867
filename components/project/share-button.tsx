"use client";
// Share a page: the Web Share API where the browser has it, else copy the link, announced to screen readers.
// Shown only once JavaScript runs: without it the link stays readable and copyable in the share block's field.
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** `words` come translated from the server (the share block), so the client needs no messages of its own. */
export function ShareButton({
  url,
  title,
  words,
}: {
  url: string;
  title: string;
  words: { share: string; copied: string; copyThis: string };
}) {
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
      setMessage(words.copied);
    } catch {
      setMessage(words.copyThis);
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2 print:hidden">
      {/* Invisible until hydrated, so the button keeps its room and nothing moves when it appears; without
          JavaScript it takes no room. */}
      <button
        type="button"
        onClick={share}
        disabled={!ready}
        className={`inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-paper px-4 font-semibold text-brand hover:bg-brand-wash ${ready ? "" : "invisible noscript:hidden"}`}
      >
        {words.share}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {message}
      </span>
    </span>
  );
}
