import { entityCard } from "@/lib/og/preview-cards";
import { previewImage } from "@/lib/og/preview-image";

export async function GET(_request: Request, { params }: RouteContext<"/og/[kind]/[id]">) {
  const { kind, id } = await params;
  const card = await entityCard(kind, id.replace(/\.png$/, ""));
  if (!card) return Response.json({ error: { code: "not_found", message: "No such record." } }, { status: 404 });
  return previewImage(card);
}
