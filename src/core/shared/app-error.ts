/**
 * The one application error. Everything a user or a client can cause (bad input, unknown id, wrong role) is an
 * AppError with a stable `code`; the HTTP error handler and the CLI turn it into a clear message without a stack.
 * `fields` names, for a form, which fields are wrong and why (a problem code per field), so a page can show each
 * message beside its field.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
    cause?: unknown,
    readonly fields?: Readonly<Record<string, string>>,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "AppError";
  }
}

/** True for errors that carry a user-facing message (as opposed to bugs and infrastructure failures). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * A form's input was wrong: one problem code per field (e.g. `{ email: "taken" }`), 422.
 *
 * @param fields - field name → problem code.
 * @returns the error to throw.
 */
export function invalidInput(fields: Record<string, string>): AppError {
  const list = Object.entries(fields).map(([f, p]) => `${f}: ${p}`).join(", ");
  return new AppError("invalid_input", `invalid input (${list})`, 422, undefined, fields);
}
