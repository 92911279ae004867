import { notFoundResponse, prefixedLocale } from "@/lib/feed/prefixed-locale";
import { entityCard } from "@/lib/og/preview-cards";
import { previewImage } from "@/lib/og/preview-image";

// /de/og/project/<slug>, …: the preview image of app/og/[kind]/[id] in the address's language.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/og/[kind]/[id]">) {
  const locale = await prefixedLocale(params);
  if (!locale) return notFoundResponse();
  const { kind, id } = await params;
  const card = await entityCard(kind, id.replace(/\.png$/, ""), locale);
  if (!card) return Response.json({ error: { code: "not_found", message: "No such record." } }, { status: 404 });
  return previewImage(card, locale);
}
