import { createHash, randomBytes, randomInt } from "node:crypto";
import type { StaffSecrets } from "../core/staff/ports.js";
import { hashPassword, verifyPassword } from "./password.js";

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand (no 0/o, 1/l/i). */
const READABLE = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * One-time passwords as three groups of four readable characters ("k7mq-x2fa-p9tr", about 59 bits): an
 * administrator can read one out on the phone, and it meets the password rules.
 */
function oneTimePassword(): string {
  const group = () => Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join("");
  return `${group()}-${group()}-${group()}`;
}

/** The console's secrets with node:crypto: scrypt for passwords, 256-bit random tokens stored as SHA-256. */
export const staffSecrets: StaffSecrets = {
  hashPassword,
  verifyPassword,
  oneTimePassword,
  newToken: (prefix = "") => `${prefix}${randomBytes(32).toString("base64url")}`,
  // a fast hash is right for tokens: they carry 256 random bits, so there is nothing to brute-force
  hashToken: (token) => createHash("sha256").update(token).digest("base64url"),
};
