"use client";
// Share a page: the Web Share API where the browser has it, else copy the link, announced to screen readers.
import { useState } from "react";

export function ShareButton({ url, title }: { url: string; title: string }) {
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
    <span className="inline-flex items-center gap-2 print:hidden">
      <button type="button" onClick={share} className="rounded border border-brand px-3 py-1.5 text-sm font-semibold text-brand hover:bg-wash">
        Share
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">{message}</span>
    </span>
  );
}
