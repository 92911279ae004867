import Link from "next/link";
import { PageHeader } from "@/components/page-header";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Page not found"
        lead={<p>There is no page at this address. It may have been mistyped, or the record may have a new name.</p>}
      />
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <Link href="/projects" prefetch={false}>
            Browse and search all projects
          </Link>
        </li>
        <li>
          <Link href="/countries" prefetch={false}>
            Projects by country
          </Link>
        </li>
        <li>
          <Link href="/organisations" prefetch={false}>
            Organisations
          </Link>
        </li>
        <li>
          <Link href="/" prefetch={false}>
            Home
          </Link>
        </li>
      </ul>
    </div>
  );
}
