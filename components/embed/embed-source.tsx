// The foot of every embed: a link back to the full page and the citation line the brief of embeds asks for.
import { absoluteUrl } from "@/lib/config";
import { catalogueDay } from "@/lib/catalogue/catalogue-day";

export function EmbedSource({ path, label }: { path: string; label: string }) {
  const url = absoluteUrl(path);
  return (
    <footer className="mt-4 border-t border-line pt-2 text-sm">
      <p>
        <a href={url} target="_top" className="font-semibold">
          {label}
        </a>
      </p>
      <p className="mt-1 text-muted">
        Source: Integration Atlas, {catalogueDay()}, {url}
      </p>
    </footer>
  );
}
