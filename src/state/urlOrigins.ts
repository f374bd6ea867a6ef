/**
 * Reads one origin (`https://portal.example.org:8443`) in its canonical form (`new URL(text).origin`), or null
 * unless the text is an http(s) origin alone: an ASCII (punycode) or IPv6 host, no path, query, fragment,
 * user name or wildcard: a wildcard would let any page that registers a matching name drive the atlas.
 */
export function parseOrigin(text: string): string | null {
  const trimmed = text.trim();
  if (!/^https?:\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?\/?$/i.test(trimmed)) return null;
  try {
    return new URL(trimmed).origin;
  } catch {
    return null;
  }
}

/**
 * Reads a list of origins in canonical form, dropping invalid ones (each reported to `warn`) and repeats.
 */
export function readOrigins(items: readonly string[], warn: (message: string) => void): string[] {
  const origins: string[] = [];
  for (const item of items) {
    const origin = parseOrigin(item);
    if (origin === null) warn(`invalid origins: ${item}`);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}
