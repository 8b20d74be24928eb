/**
 * Feed text to plain text. Portal feeds put HTML in titles and descriptions (often escaped twice); citizens get
 * plain text only, so markup is removed here, never rendered: scripts, styles and comments go with their content,
 * other tags become spaces or line breaks, entities are decoded once, whitespace is collapsed.
 */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…", laquo: "«", raquo: "»", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’" };

/** Decodes named and numeric character references once ("&amp;lt;" stays "&lt;"). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text of an HTML fragment: safe to show anywhere as text.
 *
 * @param html - a title, description or content from a feed (may be plain text already, or entity-escaped HTML).
 * @returns text without tags, with paragraphs as single line breaks.
 */
export function htmlToPlainText(html: string): string {
  // escaped markup ("&lt;p&gt;") is markup too
  const raw = /&lt;\/?[a-z][^&]*&gt;/iu.test(html) ? decodeEntities(html) : html;
  const text = raw
    .replace(/<!--[\s\S]*?-->/gu, " ")
    .replace(/<(script|style|noscript|iframe|object|template)\b[\s\S]*?<\/\1\s*>/giu, " ")
    .replace(/<(script|style|noscript|iframe|object|template)\b[\s\S]*$/giu, " ")
    .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/tr)\b[^>]*>/giu, "\n")
    .replace(/<[^>]*>/gu, " ")
    .replace(/<[^>]*$/u, " ");
  return decodeEntities(text)
    // control characters (some CMSs leak them) would be rejected by the platforms
    .replace(/\p{Cc}/gu, (c) => (c === "\n" || c === "\t" ? c : ""))
    .replace(/[ \t\u00a0]+/gu, " ")
    .replace(/ *\n[\s]*/gu, "\n")
    .trim()
    .normalize("NFC");
}
