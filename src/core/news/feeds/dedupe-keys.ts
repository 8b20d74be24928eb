/**
 * Keys that tell one article from another across polls, sources and the CMS push: the link normalised (scheme,
 * host case, "www.", tracking parameters, fragment, trailing slash) and the title folded (no diacritics, case or
 * punctuation). Two items with the same link key or title key in one organisation are the same article.
 */
import { foldDiacritics } from "../../procedures/normalize.js";

/** Query parameters that only say where a reader came from. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|zarsrc|zlid|mc_[a-z]+|ref|_ga)$/iu;

/**
 * The link normalised for deduplication; the link itself when it is not a URL.
 *
 * @param link - an absolute http(s) link.
 */
export function linkKeyOf(link: string): string {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return link.trim().toLowerCase();
  }
  const host = url.hostname.toLowerCase().replace(/^www\./u, "");
  const port = url.port && url.port !== "80" && url.port !== "443" ? `:${url.port}` : "";
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = url.pathname.replace(/\/+$/u, "") || "/";
  return `${host}${port}${path}${query}`;
}

/** The title folded for deduplication: "Thông báo: Lịch tiếp dân!" → "thong bao lich tiep dan". */
export function titleKeyOf(title: string): string {
  return foldDiacritics(title.normalize("NFC").toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .slice(0, 300);
}
