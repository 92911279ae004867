"use client";
// Progressive enhancement of the GET filter form: apply checkbox and radio changes at once, without a full reload
// (focus stays on the option, the result count is announced); a tick made before hydration is applied on hydration.
// Submitting (Enter, "Show N projects") returns to the results heading, as the form's #results does without
// JavaScript, and closes the phone's filter disclosure.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { useTranslations } from "next-intl";

export function FilterAutoSubmit() {
  const t = useTranslations("Filters.client");
  const router = useRouter();
  const marker = useRef<HTMLSpanElement>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const go = (toResults: boolean) => {
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form))
        if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
      startTransition(() =>
        router.push(
          `${new URL(form.action).pathname}${params.size ? `?${params}` : ""}${toResults ? "#results" : ""}`,
          { scroll: false },
        ),
      );
      if (toResults) {
        const panel = form.closest("details");
        if (panel && !window.matchMedia("(min-width: 64rem)").matches) panel.open = false;
        const heading = document.getElementById("results");
        heading?.focus({ preventScroll: true });
        heading?.scrollIntoView({ block: "start" });
      }
    };
    const onChange = (e: Event) => {
      const t = e.target as HTMLInputElement;
      if (t.form === form && (t.type === "checkbox" || t.type === "radio")) go(false);
    };
    const onSubmit = (e: Event) => {
      e.preventDefault();
      go(true);
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    // A tick made while the page was still loading (before this listener existed) is applied now, not lost.
    const pendingTick = Array.from(form.elements).some(
      (el) =>
        el instanceof HTMLInputElement &&
        (el.type === "checkbox" || el.type === "radio") &&
        el.checked !== el.defaultChecked,
    );
    if (pendingTick) go(false);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [router]);

  return (
    <span ref={marker} role="status" aria-live="polite" className="block text-xs text-muted">
      {pending ? t("updating") : ""}
    </span>
  );
}
