/**
 * The one layout of the console: the organisation's name, the signed-in person, a menu with only what their roles
 * may use, the page, and a footer. Sign-in pages use the plain variant without menu.
 */
import type { ComponentChildren } from "preact";
import type { OrganisationProfile } from "../../../core/organisation/ports.js";
import type { StaffActor } from "../../../core/staff/actor.js";
import { APP_NAME, MENU_GROUPS, ROLE_LABELS, T, type MenuGroup } from "../messages.vi.js";
import { ActionButton, NoticeBanner } from "./ui.js";

/** One link of the menu, already filtered for the actor. */
export interface MenuLink {
  group: MenuGroup;
  label: string;
  href: string;
  order: number;
  description?: string;
  badge?: string;
}

export const STATIC_BASE = "/console/static";

interface DocumentProps {
  title: string;
  org: OrganisationProfile;
  csrfToken: string;
  refreshSec?: number;
  children: ComponentChildren;
}

/** The HTML document around a page: head, stylesheet, htmx (served by the app) and the small console script. */
function Document({ title, org, csrfToken, refreshSec, children }: DocumentProps) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="icon" href="data:," />
        <title>{`${title} · ${org.name} · ${APP_NAME}`}</title>
        <link rel="stylesheet" href={`${STATIC_BASE}/console.css`} />
        <script src={`${STATIC_BASE}/htmx.min.js`} defer />
        <script src={`${STATIC_BASE}/console.js`} defer />
        {refreshSec ? (
          <noscript>
            <meta http-equiv="refresh" content={String(refreshSec)} />
          </noscript>
        ) : null}
      </head>
      {/* htmx sends the CSRF token as a header on every request it makes */}
      <body hx-headers={JSON.stringify({ "x-csrf-token": csrfToken })}>{children}</body>
    </html>
  );
}

interface LayoutProps {
  title: string;
  org: OrganisationProfile;
  actor: StaffActor;
  menu: MenuLink[];
  currentPath: string;
  csrfToken: string;
  notice?: string;
  refreshSec?: number;
  /** While a one-time password must be changed the menu is hidden: nothing else is open. */
  restricted?: boolean;
  children: ComponentChildren;
}

/** The signed-in layout. */
export function Layout(p: LayoutProps) {
  const groups = (Object.keys(MENU_GROUPS) as MenuGroup[])
    .map((group) => ({ group, links: p.menu.filter((m) => m.group === group).sort((a, b) => a.order - b.order) }))
    .filter((g) => g.links.length > 0);
  const current = currentLink(p.menu.map((m) => m.href), p.currentPath);
  const roles = p.actor.roles.map((r) => ROLE_LABELS[r]).join(", ");
  return (
    <Document title={p.title} org={p.org} csrfToken={p.csrfToken} refreshSec={p.refreshSec}>
      <a class="skip" href="#main">
        {T.layout.skip}
      </a>
      <header class="top">
        <a class="brand" href="/console">
          <span class="org">{p.org.name}</span>
          <span class="app">{APP_NAME} · một cửa</span>
        </a>
        <div class="who">
          <span class="who-name" title={roles}>
            {p.actor.fullName}
            {/* an account named after its role ("Quản trị viên") would show the same words twice */}
            {roles === p.actor.fullName ? null : <small>{roles}</small>}
          </span>
          <a href="/console/password">{T.layout.password}</a>
          <ActionButton action="/console/sign-out" label={T.layout.signOut} />
        </div>
      </header>
      <div class="shell">
        {p.restricted ? null : (
          <nav class="side" aria-label={T.layout.menu}>
            <details class="menu" open>
              <summary>{T.layout.menu}</summary>
              {groups.map((g) => (
                <div class="menu-group">
                  <p class="menu-title">{MENU_GROUPS[g.group]}</p>
                  <ul>
                    {g.links.map((l) => (
                      <li>
                        <a href={l.href} aria-current={l.href === current ? "page" : undefined}>
                          {l.label}
                          {l.badge ? (
                            <span
                              id={`badge${l.href.replace(/[^a-z0-9]+/gu, "-")}`}
                              class="menu-badge"
                              hx-get={l.badge}
                              hx-trigger="load"
                              hx-swap="innerHTML"
                              data-live={l.badge}
                              data-live-every="60"
                              data-live-swap="innerHTML"
                            />
                          ) : null}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </details>
            <script src={`${STATIC_BASE}/menu.js`} />
          </nav>
        )}
        <main id="main" tabIndex={-1}>
          <NoticeBanner notice={p.notice} />
          {p.children}
        </main>
      </div>
      <footer class="foot">
        {APP_NAME} · Giờ hiển thị theo múi giờ {p.org.timezone}
      </footer>
    </Document>
  );
}

function isCurrent(href: string, path: string): boolean {
  return href === "/console" ? path === "/console" || path === "/console/" : path === href || path.startsWith(`${href}/`);
}

/** The menu link of the page: the longest one the path is under (/console/news/sources is not also /console/news). */
function currentLink(hrefs: readonly string[], path: string): string | undefined {
  return hrefs.filter((h) => isCurrent(h, path)).sort((a, b) => b.length - a.length)[0];
}

/** The layout of the sign-in pages: the organisation's name and one card. */
export function PlainLayout(p: { title: string; org: OrganisationProfile; csrfToken: string; notice?: string; children: ComponentChildren }) {
  return (
    <Document title={p.title} org={p.org} csrfToken={p.csrfToken}>
      <main id="main" class="plain">
        <div class="card">
          <p class="plain-org">{p.org.name}</p>
          <NoticeBanner notice={p.notice} />
          {p.children}
        </div>
      </main>
    </Document>
  );
}
