/**
 * Where a console page loads an announcement's image from. The service's own images are loaded by their path: the
 * app serves them whatever address the console is opened at (an intranet address as well as PUBLIC_BASE_URL), and
 * the page's Content-Security-Policy (img-src 'self') allows them. Other addresses are left as they are.
 */
const OWN_IMAGE = /^https?:\/\/[^/]+(\/media\/broadcasts\/[0-9a-f-]{36}\.(?:jpg|png))$/u;

export function imageSrc(url: string): string {
  return OWN_IMAGE.exec(url)?.[1] ?? url;
}
