import type { ErrorRequestHandler } from "express";
import { isAppError } from "../core/shared/app-error.js";
import type { Logger } from "../logger.js";
import { errorPage } from "./views/error-page.js";

/** JSON errors for APIs and webhooks, a plain Vietnamese page for consoles; never a stack trace to the client. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const bodyError = (err as { type?: string }).type;
    let status = 500;
    let code = "internal_error";
    let message = "Internal error";
    if (isAppError(err)) {
      status = err.httpStatus;
      code = err.code;
      message = err.message;
    } else if (bodyError === "entity.parse.failed") {
      status = 400;
      code = "malformed_json";
      message = "The request body is not valid JSON";
    } else if (bodyError === "entity.too.large") {
      status = 413;
      code = "body_too_large";
      message = "The request body is too large";
    } else if (bodyError !== undefined && typeof (err as { status?: number }).status === "number") {
      status = (err as { status: number }).status;
      code = "bad_request";
      message = "The request body could not be read";
    }
    const log = res.locals.log ?? logger;
    if (status >= 500) log.error({ err, code }, "request failed");
    else log.warn({ code, status }, "request rejected");
    if (res.headersSent) return;
    if (req.path.startsWith("/console")) {
      res.status(status).type("html").send(errorPage(status, res.locals.requestId as string | undefined));
      return;
    }
    res.status(status).json({ error: { code, message, requestId: res.locals.requestId } });
  };
}

