/**
 * Addresses a site generator builds from code rather than from one file Content Bridge reads: Astro's dynamic
 * routes (`src/pages/tags/[tag].astro`), Docusaurus's blog lists and tag pages. A link to such an address cannot be
 * judged page by page, so it counts as found.
 */

/** One route, as the segments of its address: a name, `*` (any one segment) or `**` (any number, at the end). */
export type RoutePattern = readonly string[];

/** Whether an address key (`/tags/news`) is one a route builds. */
export function matchesRoute(routes: readonly RoutePattern[], key: string): boolean {
  if (routes.length === 0) return false;
  const segments = key.split('/').filter((segment) => segment !== '');
  return routes.some((route) => matchesSegments(route, segments));
}

function matchesSegments(route: RoutePattern, segments: readonly string[]): boolean {
  for (let index = 0; index < route.length; index++) {
    const part = route[index];
    if (part === '**') return true;
    if (index >= segments.length) return false;
    if (part !== '*' && part !== segments[index]) return false;
  }
  return route.length === segments.length;
}

/** A route's segments from a path below the pages folder: a `[param]` segment is `*`, a `[...rest]` one `**`. */
export function routeFromPath(segments: readonly string[]): RoutePattern | undefined {
  if (!segments.some((segment) => segment.includes('['))) return undefined;
  const route: string[] = [];
  for (const segment of segments) {
    if (segment.includes('[...')) {
      route.push('**');
      return route;
    }
    route.push(segment.includes('[') ? '*' : segment);
  }
  return route;
}
