/**
 * How a console page is declared. Every route names who may use it (a capability of the permission table, any
 * signed-in staff member, or the public sign-in pages); the router enforces it, checks the CSRF token of every
 * POST, and wraps the result in the layout. A page module exports a list of these and is added to routes.ts.
 */
import type { Request, Response } from "express";
import type { VNode } from "preact";
import type { OrganisationProfile } from "../../core/organisation/ports.js";
import type { StaffActor } from "../../core/staff/actor.js";
import type { Capability } from "../../core/staff/permissions.js";
import type { SignedIn } from "../../core/staff/staff-auth.js";
import type { ConsoleServices } from "./services.js";
import type { MenuGroup, NoticeKey } from "./messages.vi.js";
import type { MenuLink } from "./views/layout.js";

/** A parsed form: single values and repeated fields (checkboxes). */
export interface FormFields {
  /** The field's value, trimmed; "" when absent. */
  text(name: string): string;
  /** The field's value as sent (passwords are not trimmed); "" when absent. */
  raw(name: string): string;
  /** Every value of a repeated field (checkboxes). */
  all(name: string): string[];
  has(name: string): boolean;
}

/** What every handler gets. */
export interface BaseRequest {
  req: Request;
  res: Response;
  services: ConsoleServices;
  /** The organisation (name in the header, time zone of every date). */
  org: OrganisationProfile;
  params: Record<string, string>;
  query: FormFields;
  form: FormFields;
  /** The request came from htmx (answer with a fragment when the route offers one). */
  htmx: boolean;
  /** Keyed hash of the client address (throttling; never the address itself). */
  clientKey: string;
  now: Date;
  /** The signed-in staff member, when there is one (the sign-in page sends them on). */
  signedIn: SignedIn | null;
  /** Sets the session cookie after sign-in; ends the session and clears the cookie at sign-out. */
  session: { start(token: string): void; end(): Promise<void> };
  /**
   * A secret to show once on the page a POST redirects to (post-redirect-get): `keep` before the redirect, `take`
   * in the GET, which gets it once (null after, or from another session). See one-time-secret.ts.
   */
  secretOnce: { keep(purpose: string, secret: string): void; take(purpose: string): string | null };
}

/** A request by a signed-in staff member. */
export interface StaffRequest extends BaseRequest {
  actor: StaffActor;
  signedIn: SignedIn;
  /** The menu as this person sees it (the overview page shows it as tiles). */
  menu: MenuLink[];
}

/** What a handler answers. */
export type ConsoleResult =
  | { kind: "page"; title: string; body: VNode; status?: number; /** seconds; refreshes the page without JavaScript */ refreshSec?: number }
  | { kind: "fragment"; body: VNode; status?: number }
  | { kind: "redirect"; to: string; notice?: NoticeKey }
  | { kind: "download"; filename: string; contentType: string; body: string | Buffer }
  /** A stored file shown in the page (a ticket's photo): inline, never cached, sandboxed. */
  | { kind: "file"; contentType: string; body: Uint8Array };

/** A full page inside the layout. */
export function page(title: string, body: VNode, options: { status?: number; refreshSec?: number } = {}): ConsoleResult {
  return { kind: "page", title, body, ...options };
}

/** A piece of a page, for htmx. */
export function fragment(body: VNode, status?: number): ConsoleResult {
  return { kind: "fragment", body, ...(status ? { status } : {}) };
}

/** See-other redirect after a successful POST; `notice` names one of the fixed notices shown on the next page. */
export function redirect(to: string, notice?: NoticeKey): ConsoleResult {
  return { kind: "redirect", to, ...(notice ? { notice } : {}) };
}

/** A file to download (CSV exports). */
export function download(filename: string, contentType: string, body: string | Buffer): ConsoleResult {
  return { kind: "download", filename, contentType, body };
}

/** A stored file to show inline (photos); only types the service checked by content. */
export function inlineFile(contentType: string, body: Uint8Array): ConsoleResult {
  return { kind: "file", contentType, body };
}

/** A menu entry; shown only to those the route's access allows. */
export interface MenuEntry {
  group: MenuGroup;
  label: string;
  /** Position within the group. */
  order: number;
  /** One line on the overview page's tile: what the page is for. */
  description?: string;
  /** A console path answering a small count fragment, loaded beside the label (refreshed every minute while the page is used). */
  badge?: string;
}

interface RouteBase {
  method: "GET" | "POST";
  /** Path below /console, express syntax: "/admin/departments/:id". */
  path: string;
  /** Multipart upload of one file field, parsed before the CSRF check (the token is a field of the form). */
  upload?: { field: string; maxBytes: number };
}

/** A page of the sign-in flow, open without a session. */
export interface PublicRoute extends RouteBase {
  access: "public";
  handle(request: BaseRequest): Promise<ConsoleResult>;
}

/** A page for signed-in staff: a capability of the permission table, or "signed_in" (one's own password). */
export interface StaffRoute extends RouteBase {
  access: Capability | "signed_in";
  menu?: MenuEntry;
  /** Open while the account must still change its one-time password (the password page and sign-out). */
  openBeforePasswordChange?: boolean;
  handle(request: StaffRequest): Promise<ConsoleResult>;
}

export type ConsoleRoute = PublicRoute | StaffRoute;
