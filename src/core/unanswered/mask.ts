/**
 * Masks what identifies a person in a question before it is stored: e-mail addresses, phone numbers and ID
 * numbers (CMND 9 digits, CCCD 12 digits, or any other run of 8 or more digits, spaces, dots or dashes between
 * them allowed). National procedure codes ("1.001193", 7 digits) and short numbers (years, amounts) stay.
 */

/** What an e-mail address becomes. */
export const MASKED_EMAIL = "[email]";
/** What a phone or ID number becomes. */
export const MASKED_NUMBER = "[số]";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** A run of digits with single separators; "+84" in front counts. */
const NUMBER_RUN = /\+?\d(?:[\s.\-()]?\d)+/gu;
const MIN_DIGITS = 8;

/**
 * The text with e-mails, phone numbers and ID numbers replaced by placeholders.
 *
 * @param text - a citizen's question as typed.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, MASKED_EMAIL)
    .replace(NUMBER_RUN, (run) => (run.replace(/\D/gu, "").length >= MIN_DIGITS ? MASKED_NUMBER : run));
}
