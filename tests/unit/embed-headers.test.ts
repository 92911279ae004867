import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isEmbeddablePath, staticSecurityHeaders } from "../../lib/security/headers";

describe("framing", () => {
  it.each([
    ["/embed/projects/drim", true],
    ["/embed/projects", true],
    ["/embed/map", true],
    ["/embed", true],
    ["/de/embed/map", true],
    ["/ar/embed/projects/drim", true],
    ["/de/embedded", false],
    ["/embedded", false],
    ["/projects/drim", false],
    ["/", false],
    ["/api/v1/embed/x", false],
  ] as const)("%s may be framed by other sites: %s", (path, embeddable) => {
    expect(isEmbeddablePath(path)).toBe(embeddable);
  });

  it("lets only embeds be framed: frame-ancestors * and no X-Frame-Options; everything else denies framing", () => {
    expect(contentSecurityPolicy(undefined, { embeddable: true })).toContain("frame-ancestors *");
    expect(staticSecurityHeaders({ embeddable: true })["X-Frame-Options"]).toBeUndefined();
    expect(contentSecurityPolicy()).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy()).not.toContain("frame-ancestors *");
    expect(staticSecurityHeaders()["X-Frame-Options"]).toBe("DENY");
  });
});
