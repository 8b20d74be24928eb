/**
 * Minimum rules for staff passwords (issue #10): at least 10 characters, not the e-mail address (nor its name
 * part), not one character repeated. Length beats composition rules (NIST SP 800-63B), so there are no
 * "one digit, one symbol" rules.
 */

export const MIN_PASSWORD_LENGTH = 10;
/** scrypt hashes whatever it is given; a cap keeps a huge form field from costing memory and time. */
export const MAX_PASSWORD_LENGTH = 200;

export type PasswordProblem = "too_short" | "too_long" | "is_email" | "one_character" | "mismatch" | "unchanged";

/**
 * Checks a new password.
 *
 * @param password - the new password as typed.
 * @param email - the account's e-mail.
 * @param confirm - the confirmation field, when the form has one.
 * @returns the problems found; empty when the password is acceptable.
 */
export function passwordProblems(password: string, email: string, confirm?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push("too_short");
  if (length > MAX_PASSWORD_LENGTH) problems.push("too_long");
  const lower = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  const local = mail.split("@")[0] ?? "";
  if (lower === mail || (local.length >= 4 && lower === local)) problems.push("is_email");
  if (length > 0 && new Set(password).size === 1) problems.push("one_character");
  if (confirm !== undefined && confirm !== password) problems.push("mismatch");
  return problems;
}
