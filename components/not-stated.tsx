export function NotStated() {
  return <span className="italic text-muted">not stated</span>;
}
