/**
 * `url` as a link target when it is an absolute http: or https: URL, else null: text from data never
 * becomes a javascript:, data: or other link.
 */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
