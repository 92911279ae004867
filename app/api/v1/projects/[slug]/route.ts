import { projectDetailJsonBySlug } from "@/lib/api/queries";
import { apiError, apiJson, apiRoute } from "@/lib/api/respond";
import { ProjectDetail } from "@/lib/api/schemas";
import { parseSlug } from "@/lib/filters/slug";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/projects/[slug]">) {
  return apiRoute(request, async () => {
    const slug = parseSlug((await params).slug);
    const project = slug ? await projectDetailJsonBySlug(slug) : null;
    if (!project) return apiError(404, "not_found", "No project has this slug.");
    return apiJson(ProjectDetail, project);
  });
}
