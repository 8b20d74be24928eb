/**
 * The console's router: for every declared route it loads the session, sends the signed-out to the sign-in page,
 * holds an account with a one-time password on the password page, checks the route's capability against the
 * permission table, checks the CSRF token of every POST, then calls the handler and renders its result. A route
 * cannot skip any of these: they are not the route's code.
 */
import { randomBytes } from "node:crypto";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import multer from "multer";
import { AppError, isAppError } from "../../core/shared/app-error.js";
import { can } from "../../core/staff/permissions.js";
import type { SignedIn } from "../../core/staff/staff-auth.js";
import type { OrganisationProfile } from "../../core/organisation/ports.js";
import { cookieNames, readCookie, writeCookie } from "./cookies.js";
import { csrfTokenFor, csrfTokenValid } from "./csrf.js";
import { ONE_TIME_SECRET_SECONDS, openSecret, sealSecret } from "./one-time-secret.js";
import { T } from "./messages.vi.js";
import { sendError, sendResult, type RenderContext } from "./render.js";
import type { BaseRequest, ConsoleRoute, FormFields, StaffRoute } from "./route.js";
import type { ConsoleServices } from "./services.js";
import { staticAssets } from "./static-assets.js";
import type { MenuLink } from "./views/layout.js";
import { CSRF_FIELD } from "./views/ui.js";

export interface ConsoleRouterOptions {
  services: ConsoleServices;
  routes: readonly ConsoleRoute[];
  /** Cookies only over https (PUBLIC_BASE_URL is https). */
  secureCookies: boolean;
  /** Lifetime of the session cookie; the session row decides, the cookie just should not outlive it. */
  sessionMaxHours: number;
  /** A keyed hash of a client address (throttling keeps no addresses). */
  clientKey(ip: string): string;
}

export const SIGN_IN_PATH = "/console/sign-in";
export const PASSWORD_PATH = "/console/password";
const PRE_SESSION_HOURS = 12;

/** Shown until the seed has created the organisation (only a misconfigured start gets here). */
const NO_ORGANISATION: OrganisationProfile = { id: "", code: "", name: "motcua", level: "xa", province: "", phone: null, address: null, officeHours: null, timezone: "Asia/Ho_Chi_Minh" };

/** Builds the console router with every route of `options.routes`. */
export function createConsoleRouter(options: ConsoleRouterOptions): Router {
  const router = express.Router();
  const names = cookieNames(options.secureCookies);
  const { services } = options;
  const staffRoutes = options.routes.filter((r): r is StaffRoute => r.access !== "public");

  router.use("/console/static", staticAssets());
  router.use("/console", express.urlencoded({ extended: false, limit: "200kb", parameterLimit: 1000 }));

  const menuFor = (signedIn: SignedIn | null): MenuLink[] =>
    signedIn
      ? staffRoutes
          .filter((r) => r.menu && r.method === "GET" && (r.access === "signed_in" || can(signedIn.actor, r.access)))
          .map((r) => ({ ...r.menu!, href: `/console${r.path === "/" ? "" : r.path}` }))
      : [];

  /** Session, CSRF binding and render context shared by every console request. */
  const prepare = async (req: Request, res: Response) => {
    const org = (await services.organisation.current()) ?? NO_ORGANISATION;
    const sessionToken = readCookie(req, names.session);
    const signedIn = sessionToken ? await services.auth.authenticate(sessionToken) : null;
    if (sessionToken && !signedIn) writeCookie(res, names.session, "", { secure: options.secureCookies, maxAgeSec: 0 });
    let binding = signedIn ? sessionToken : readCookie(req, names.preSession);
    if (!binding && req.method === "GET") {
      binding = randomBytes(32).toString("base64url");
      writeCookie(res, names.preSession, binding, { secure: options.secureCookies, maxAgeSec: PRE_SESSION_HOURS * 3600 });
    }
    const htmx = req.get("hx-request") === "true";
    const ctx: RenderContext = { org, signedIn, menu: menuFor(signedIn), path: req.path, csrfToken: binding ? csrfTokenFor(binding) : "", notice: queryText(req, "notice"), htmx };
    return { org, signedIn, binding, ctx, htmx };
  };

  const handler = (route: ConsoleRoute) => async (req: Request, res: Response, next: NextFunction) => {
    let ctx: RenderContext | undefined;
    try {
      const prepared = await prepare(req, res);
      ctx = prepared.ctx;
      const { signedIn } = prepared;
      if (route.access !== "public") {
        if (!signedIn) return sendResult(res, { kind: "redirect", to: signInUrl(req) }, ctx);
        if (signedIn.mustChangePassword && !route.openBeforePasswordChange) {
          return sendResult(res, { kind: "redirect", to: PASSWORD_PATH }, ctx);
        }
        if (route.access !== "signed_in" && !can(signedIn.actor, route.access)) return sendError(res, 403, ctx);
      }
      if (route.method === "POST") {
        if (!prepared.binding) return sendError(res, 403, ctx, { title: T.csrf.title, hint: T.csrf.noCookie });
        const token = (typeof req.body?.[CSRF_FIELD] === "string" ? req.body[CSRF_FIELD] : undefined) ?? req.get("x-csrf-token");
        if (!csrfTokenValid(prepared.binding, token)) return sendError(res, 403, ctx, { title: T.csrf.title, hint: T.csrf.body });
      }
      const base: BaseRequest = {
        req,
        res,
        services,
        org: prepared.org,
        params: req.params as Record<string, string>,
        query: formFields(req.query as Record<string, unknown>),
        form: formFields((req.body ?? {}) as Record<string, unknown>),
        htmx: prepared.htmx,
        clientKey: options.clientKey(req.ip ?? ""),
        now: new Date(),
        signedIn,
        session: {
          start: (token: string) => writeCookie(res, names.session, token, { secure: options.secureCookies, maxAgeSec: options.sessionMaxHours * 3600 }),
          end: async () => {
            await services.auth.signOut(readCookie(req, names.session));
            writeCookie(res, names.session, "", { secure: options.secureCookies, maxAgeSec: 0 });
          },
        },
        secretOnce: {
          keep: (purpose, secret) => writeCookie(res, names.oneTime, sealSecret(readCookie(req, names.session), purpose, secret), { secure: options.secureCookies, maxAgeSec: ONE_TIME_SECRET_SECONDS }),
          take: (purpose) => {
            const sealed = readCookie(req, names.oneTime);
            const secret = sealed ? openSecret(readCookie(req, names.session), purpose, sealed) : null;
            // another purpose's secret (a second tab) stays for its own page
            if (secret !== null) writeCookie(res, names.oneTime, "", { secure: options.secureCookies, maxAgeSec: 0 });
            return secret;
          },
        },
      };
      const result = route.access === "public" ? await route.handle(base) : await route.handle({ ...base, actor: signedIn!.actor, signedIn: signedIn!, menu: ctx.menu });
      sendResult(res, result, ctx);
    } catch (error) {
      if (ctx && isAppError(error) && error.httpStatus < 500) {
        res.locals.log?.warn({ code: error.code, status: error.httpStatus }, "console request refused");
        return sendError(res, error.httpStatus, ctx);
      }
      next(error);
    }
  };

  for (const route of options.routes) {
    const path = `/console${route.path === "/" ? "" : route.path}`;
    const steps = route.upload ? [uploadStep(route.upload), handler(route)] : [handler(route)];
    if (route.method === "GET") router.get(path, ...steps);
    else router.post(path, ...steps);
  }

  // anything else under /console: the sign-in page for the signed-out (no route list for strangers), 404 otherwise
  router.use("/console", async (req, res, next) => {
    try {
      const { ctx, signedIn } = await prepare(req, res);
      if (!signedIn) return sendResult(res, { kind: "redirect", to: signInUrl(req) }, ctx);
      sendError(res, 404, ctx);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** The sign-in page, remembering where the person wanted to go (a console path only: no open redirect). */
function signInUrl(req: Request): string {
  const wanted = req.method === "GET" ? req.originalUrl : "/console";
  return safeNext(wanted) === "/console" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(wanted)}`;
}

/** A post-sign-in destination: only a path inside the console, never another site. */
export function safeNext(next: string | undefined): string {
  if (!next || !/^\/console(\/[A-Za-z0-9/_\-.?=&%]*)?$/.test(next) || next.startsWith(SIGN_IN_PATH) || next.includes("//") || next.includes("..")) return "/console";
  return next;
}

function queryText(req: Request, name: string): string | undefined {
  const v = (req.query as Record<string, unknown>)[name];
  return typeof v === "string" ? v : undefined;
}

/** Form or query values as typed accessors (repeated fields arrive as arrays from the urlencoded parser). */
function formFields(source: Record<string, unknown>): FormFields {
  const values = (name: string): string[] => {
    const v = source[name];
    if (typeof v === "string") return [v];
    if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
    return [];
  };
  return {
    text: (name) => (values(name)[0] ?? "").trim(),
    raw: (name) => values(name)[0] ?? "",
    all: (name) => values(name).map((v) => v.trim()).filter(Boolean),
    has: (name) => values(name).length > 0,
  };
}

/** Parses one uploaded file into memory before the handler (and before the CSRF check, which needs the fields). */
function uploadStep(upload: { field: string; maxBytes: number }) {
  const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: upload.maxBytes, files: 1, fields: 50 } }).single(upload.field);
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (err: unknown) => {
      if (!err) return next();
      const code = (err as { code?: string }).code;
      next(code === "LIMIT_FILE_SIZE" ? new AppError("too_large", "the file is too large", 413) : new AppError("bad_upload", "the upload could not be read", 400));
    });
}
