import { projectDetailJsonBySlug } from "@/lib/api/queries";
import { apiError, apiJson, apiRoute } from "@/lib/api/respond";
import { ProjectDetail, ProjectDetailQuery } from "@/lib/api/schemas";
import { parseSlug } from "@/lib/filters/slug";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/projects/[slug]">) {
  return apiRoute(request, async () => {
    const query = ProjectDetailQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success)
      return apiError(400, "invalid_parameter", "The only parameter is lang: en, de, fr, it, uk or ar.");
    const slug = parseSlug((await params).slug);
    const project = slug ? await projectDetailJsonBySlug(slug, query.data.lang) : null;
    if (!project) return apiError(404, "not_found", "No project has this slug.");
    return apiJson(ProjectDetail, project);
  });
}
