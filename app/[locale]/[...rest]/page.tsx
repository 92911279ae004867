import { notFound } from "next/navigation";

// Any other address in a language is a page that does not exist: the language's own 404 page.
export default function UnknownPage() {
  notFound();
}
