import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3">There is no page at this address. It may have been mistyped, or the record may have a new name.</p>
      <ul className="mt-4 list-disc pl-5">
        <li><Link href="/projects">Browse and search all projects</Link></li>
        <li><Link href="/countries">Projects by country</Link></li>
        <li><Link href="/organisations">Organisations</Link></li>
        <li><Link href="/">Home</Link></li>
      </ul>
    </div>
  );
}
