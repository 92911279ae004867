/** The Atlas mark: two overlapping rings (people and place meeting) on the accent square. Same drawing as app/icon.svg. */
export function LogoMark({ className = "h-8 w-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="7" className="fill-brand" />
      <circle cx="12.5" cy="16" r="6.5" fill="none" className="stroke-paper" strokeWidth="2.5" />
      <circle cx="19.5" cy="16" r="6.5" fill="none" className="stroke-paper" strokeWidth="2.5" />
    </svg>
  );
}
