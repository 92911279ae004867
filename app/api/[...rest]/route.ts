import { apiError } from "@/lib/api/respond";

// Unknown API paths answer in the API's error shape rather than with the HTML 404 page.
export function GET() {
  return apiError(404, "not_found", "No such API endpoint; see /api/v1/openapi.json.");
}
