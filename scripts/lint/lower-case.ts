/**
 * A string in lower case, and the string itself when it has no capital: `toLowerCase` allocates a
 * copy even when nothing changes, and lint lower-cases every property name, unit, word and color of
 * a repo (24 MB of copies for the million declarations of the 100 MB bench tree).
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}
