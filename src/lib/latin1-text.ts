/**
 * Escapes every character beyond Latin-1 in JavaScript source that holds JSON text in a string
 * literal, as Astro's module of its content store does (`export default JSON.parse("…")`): each one
 * becomes a JSON escape inside the string (`\\u2013` in the source, `\u2013` in the string), so
 * JSON.parse gives back the same values. V8 keeps a string at one byte a character only while
 * every character of it is Latin-1; one dash in a guide put the whole store, 6 MB at 1,000
 * synthetic cases, at two bytes a character, twice over (the module's source, which Node keeps,
 * and the string it parses). A character of JSON text beyond ASCII can only sit inside a JSON
 * string, so the escape is always read as one. Characters outside the Basic Multilingual Plane are
 * escaped as their two halves, which JSON.parse joins again.
 */
export function escapeJsonBeyondLatin1(source: string): string {
  return source.replace(/[\u0100-\uffff]/g, (char) => `\\\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
