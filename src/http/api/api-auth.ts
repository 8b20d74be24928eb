/**
 * Authentication of the JSON API by bearer token (`Authorization: Bearer mc_...`, created with `motcua token
 * create` or on the console's token page). Every request under /api needs a valid token: without one the answer
 * is 401 JSON. Routes then require a capability of the permission table with `require("news.push")`.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from "express";
import type { ApiTokenActor } from "../../core/staff/actor.js";
import { can, type Capability } from "../../core/staff/permissions.js";
import { AppError } from "../../core/shared/app-error.js";

/** What the API needs to check a token (core's ApiTokens). */
export interface ApiTokenVerifier {
  authenticate(token: string): Promise<ApiTokenActor | null>;
}

export interface ApiAuth {
  /** Mount before every /api route: authenticates the token or answers 401; serves GET /api/me. */
  guard: Router;
  /** Per route: 403 unless the token's role holds the capability. */
  require(capability: Capability): RequestHandler;
}

/** The token's actor, set by the guard. */
export function apiActorOf(res: Response): ApiTokenActor | undefined {
  return res.locals.apiActor as ApiTokenActor | undefined;
}

/** Builds the guard and the per-route check over a token verifier. */
export function createApiAuth(tokens: ApiTokenVerifier): ApiAuth {
  const guard = express.Router();
  guard.use("/api", async (req: Request, res: Response, next: NextFunction) => {
    try {
      const header = req.get("authorization") ?? "";
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = match?.[1] ? await tokens.authenticate(match[1]) : null;
      if (!actor) {
        res.setHeader("WWW-Authenticate", 'Bearer realm="motcua"');
        throw new AppError("unauthorized", match ? "The API token is unknown or revoked" : "An API token is required: Authorization: Bearer <token>", 401);
      }
      res.locals.apiActor = actor;
      next();
    } catch (error) {
      next(error);
    }
  });
  // lets an integrator check a token without side effects
  guard.get("/api/me", (_req, res) => {
    const actor = apiActorOf(res)!;
    res.json({ name: actor.name, role: actor.roles[0] });
  });
  return {
    guard,
    require: (capability) => (_req, res, next) => {
      const actor = apiActorOf(res);
      if (!actor) return next(new AppError("unauthorized", "An API token is required", 401));
      if (!can(actor, capability)) return next(new AppError("forbidden", `This token's role may not ${capability}`, 403));
      next();
    },
  };
}
