/**
 * Turns a handler's result into the HTTP answer: a page inside the layout, an htmx fragment, a redirect with a
 * notice, or a download. Console answers are never cached (they hold personal data and per-person menus).
 */
import type { Response } from "express";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { OrganisationProfile } from "../../core/organisation/ports.js";
import type { SignedIn } from "../../core/staff/staff-auth.js";
import { T } from "./messages.vi.js";
import type { ConsoleResult } from "./route.js";
import { Layout, PlainLayout, type MenuLink } from "./views/layout.js";
import { CsrfContext } from "./views/ui.js";

/** What the layout needs besides the page. */
export interface RenderContext {
  org: OrganisationProfile;
  signedIn: SignedIn | null;
  menu: MenuLink[];
  path: string;
  csrfToken: string;
  notice?: string;
  htmx: boolean;
}

/** Renders a tree to an HTML string with the request's CSRF token available to every PostForm. */
export function toHtml(node: VNode, csrfToken: string): string {
  return renderToString(<CsrfContext.Provider value={csrfToken}>{node}</CsrfContext.Provider>);
}

/** Sends a handler's result. */
export function sendResult(res: Response, result: ConsoleResult, ctx: RenderContext): void {
  res.setHeader("Cache-Control", "no-store");
  switch (result.kind) {
    case "redirect": {
      const to = result.notice ? `${result.to}${result.to.includes("?") ? "&" : "?"}notice=${result.notice}` : result.to;
      if (ctx.htmx) {
        res.setHeader("HX-Redirect", to);
        res.status(204).end();
      } else {
        res.redirect(303, to);
      }
      return;
    }
    case "file":
      // a user's file: shown, never run (no scripts, no plugins, no navigation from it)
      res.setHeader("Content-Disposition", "inline");
      res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
      res.type(result.contentType).send(Buffer.from(result.body));
      return;
    case "fragment":
      res.status(result.status ?? 200).type("html").send(toHtml(result.body, ctx.csrfToken));
      return;
    case "download":
      res.setHeader("Content-Disposition", `attachment; filename="${result.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(result.filename)}`);
      res.type(result.contentType).send(result.body);
      return;
    case "page":
      res.status(result.status ?? 200).type("html").send(pageHtml(result.title, result.body, ctx, result.refreshSec));
  }
}

/** A whole page: the full layout when signed in, the plain one otherwise. */
export function pageHtml(title: string, body: VNode, ctx: RenderContext, refreshSec?: number): string {
  const tree = ctx.signedIn ? (
    <Layout
      title={title}
      org={ctx.org}
      actor={ctx.signedIn.actor}
      menu={ctx.menu}
      currentPath={ctx.path}
      csrfToken={ctx.csrfToken}
      notice={ctx.notice}
      refreshSec={refreshSec}
      restricted={ctx.signedIn.mustChangePassword}
    >
      {body}
    </Layout>
  ) : (
    <PlainLayout title={title} org={ctx.org} csrfToken={ctx.csrfToken} notice={ctx.notice}>
      {body}
    </PlainLayout>
  );
  return `<!doctype html>${toHtml(tree, ctx.csrfToken)}`;
}

/** The error page inside the console's layout: what happened and what to do next. */
export function sendError(res: Response, status: number, ctx: RenderContext, message?: { title: string; hint: string }): void {
  const text =
    message ??
    (status === 403
      ? { title: T.errors.forbidden, hint: T.errors.forbiddenHint }
      : status === 404
        ? { title: T.errors.notFound, hint: T.errors.notFoundHint }
        : status === 413
          ? { title: T.errors.tooLarge, hint: T.errors.tooLargeHint }
          : { title: T.errors.bad, hint: T.errors.badHint });
  const body = (
    <div class="error-page">
      <h1>{text.title}</h1>
      <p>{text.hint}</p>
      <p>
        <a class="button" href="/console">
          {T.errors.back}
        </a>
      </p>
    </div>
  );
  res.setHeader("Cache-Control", "no-store");
  res.status(status).type("html").send(ctx.htmx ? toHtml(body, ctx.csrfToken) : pageHtml(text.title, body, ctx));
}
