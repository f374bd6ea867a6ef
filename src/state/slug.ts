/**
 * A lowercase ASCII slug for file names: accents dropped ('Setúbal' → 'setubal'), every other run of
 * characters outside a–z and 0–9 becomes one hyphen, no hyphen at either end. May return ''.
 */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
