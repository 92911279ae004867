// A small radial picture of an organisation and its partners; the list beside it carries the same information.
const SIZE = 320;

/** `label`: the picture's text alternative, in the page's language (from the organisation page). */
export function CollaborationNetwork({
  label,
  collaborators,
}: {
  label: string;
  collaborators: { slug: string; name: string; projects: number }[];
}) {
  const shown = collaborators.slice(0, 24);
  const c = SIZE / 2;
  const r = SIZE / 2 - 24;
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="h-auto w-full max-w-xs" role="img" aria-label={label}>
      {shown.map((o, i) => {
        const a = (2 * Math.PI * i) / shown.length - Math.PI / 2;
        const x = c + r * Math.cos(a);
        const y = c + r * Math.sin(a);
        return (
          <g key={o.slug}>
            <line
              x1={c}
              y1={c}
              x2={x}
              y2={y}
              className="stroke-line-strong"
              strokeOpacity={0.5}
              strokeWidth={Math.min(6, o.projects)}
            />
            <circle cx={x} cy={y} r={Math.min(14, 5 + 2 * o.projects)} className="fill-brand" fillOpacity={0.75}>
              <title>{o.name}</title>
            </circle>
          </g>
        );
      })}
      <circle cx={c} cy={c} r={14} className="fill-brand-dark" />
    </svg>
  );
}
