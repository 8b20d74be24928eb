/**
 * The one application error. Everything a user or a client can cause (bad input, unknown id, wrong role) is an
 * AppError with a stable `code`; the HTTP error handler and the CLI turn it into a clear message without a stack.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "AppError";
  }
}

/** True for errors that carry a user-facing message (as opposed to bugs and infrastructure failures). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
