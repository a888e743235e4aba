/** URL paths whose segments are secrets (a private calendar feed's token): masked in request logs. */
const SECRET_PATHS: [RegExp, string][] = [[/^\/api\/calendar\/[^/?#]+/, "/api/calendar/[redacted].ics"]];

export function hideSecretPaths(url: string | undefined): string | undefined {
  if (!url) return url;
  for (const [pattern, mask] of SECRET_PATHS) if (pattern.test(url)) return url.replace(pattern, mask);
  return url;
}
