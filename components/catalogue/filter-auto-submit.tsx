"use client";
// Progressive enhancement of the GET filter form: apply checkbox and radio changes at once, without a full reload.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

export function FilterAutoSubmit() {
  const router = useRouter();
  const marker = useRef<HTMLSpanElement>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const go = () => {
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
      startTransition(() => router.push(`/projects${params.size ? `?${params}` : ""}`, { scroll: false }));
    };
    const onChange = (e: Event) => {
      const t = e.target as HTMLInputElement;
      if (t.type === "checkbox" || t.type === "radio") go();
    };
    const onSubmit = (e: Event) => {
      e.preventDefault();
      go();
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [router]);

  return (
    <span ref={marker} role="status" aria-live="polite" className="block text-xs text-muted">
      {pending ? "Updating results…" : ""}
    </span>
  );
}
