/**
 * The overview every staff member lands on: who they are, what their roles allow, and a tile per page they may
 * use (the same list as their menu), so nobody has to guess where to start.
 */
import { DEFAULT_FILTER } from "../../../core/feedback/desk/queue.js";
import { MENU_GROUPS, ROLE_HINTS, ROLE_LABELS, T } from "../messages.vi.js";
import { page, type ConsoleRoute } from "../route.js";
import { EmptyState, PageHeader } from "../views/ui.js";
import { QuickViews } from "./tickets/queue-parts.js";

const QUEUE = "/console/tickets";

export const homeRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/",
    access: "signed_in",
    menu: { group: "home", label: T.home.title, order: 0 },
    async handle({ actor, menu, services, org, now }) {
      // in the menu's order: its groups as listed (tickets before news), then each page's place in its group
      const groups = Object.keys(MENU_GROUPS);
      const tiles = menu.filter((m) => m.href !== "/console").sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.order - b.order);
      // whoever works on tickets sees where their work stands before anything else
      const queue = tiles.some((t) => t.href === QUEUE) ? await services.tickets.queue(actor, org.id, DEFAULT_FILTER, "", now) : null;
      return page(
        T.home.title,
        <>
          <PageHeader title={T.home.hello(actor.fullName)} lead={tiles.length ? T.home.whatNext : undefined} />
          {queue ? (
            <section aria-labelledby="home-tickets">
              <h2 id="home-tickets">{T.home.tickets}</h2>
              <QuickViews view={queue} here={false} />
            </section>
          ) : null}
          {tiles.length === 0 ? (
            <EmptyState title={T.home.nothing} next={T.home.nothingNext} />
          ) : (
            <div class="grid">
              {tiles.map((t) => (
                <a class="tile" href={t.href}>
                  <strong>{t.label}</strong>
                  <span class="muted">{t.description ?? MENU_GROUPS[t.group]}</span>
                </a>
              ))}
            </div>
          )}
          <h2>{T.home.yourRoles}</h2>
          <ul>
            {actor.roles.map((r) => (
              <li>
                <strong>{ROLE_LABELS[r]}</strong>: {ROLE_HINTS[r]}
              </li>
            ))}
          </ul>
        </>,
      );
    },
  },
];
