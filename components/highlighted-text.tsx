// Renders text whose matches are wrapped in \u0001…\u0002 (from ts_headline) as <mark>, without parsing any HTML.
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(/(\u0001[^\u0002]*\u0002)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("\u0001") ? (
          <mark key={i} className="rounded-sm bg-accent/40 px-0.5 text-ink">
            {part.slice(1, -1)}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
