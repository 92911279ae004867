import { releaseJsonById } from "@/lib/api/queries";
import { apiError, apiJson, apiRoute } from "@/lib/api/respond";
import { ReleaseDetail } from "@/lib/api/schemas";
import { parseReleaseId } from "@/lib/filters/release-id";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/releases/[id]">) {
  return apiRoute(request, async () => {
    const id = parseReleaseId((await params).id);
    const release = id === null ? null : await releaseJsonById(id);
    if (!release) return apiError(404, "not_found", "No release has this id.");
    return apiJson(ReleaseDetail, release);
  });
}
