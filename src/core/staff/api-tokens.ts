/**
 * API tokens for machine clients (the portal's CMS pushing news, report readers). A token is shown once when it is
 * created; only its hash is stored. It acts with one role of the permission table and can be revoked.
 */
import type { AuditTrail } from "../audit/audit-trail.js";
import { AppError, invalidInput } from "../shared/app-error.js";
import type { Actor, ApiTokenActor } from "./actor.js";
import { assertAllowed } from "./permissions.js";
import type { StaffSecrets } from "./ports.js";
import { isStaffRole, type StaffRole } from "./roles.js";

/** A token as listed (never the secret). */
export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  role: StaffRole;
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiTokenStore {
  create(token: { name: string; tokenHash: string; prefix: string; role: StaffRole; staffId: string | null; createdAt: Date }): Promise<ApiTokenRecord>;
  findByHash(tokenHash: string): Promise<ApiTokenRecord | null>;
  findById(id: string): Promise<ApiTokenRecord | null>;
  list(): Promise<ApiTokenRecord[]>;
  revoke(id: string, at: Date): Promise<void>;
  markUsed(id: string, at: Date): Promise<void>;
}

/** Every token starts with this, so a leaked one is recognisable in a secret scanner. */
export const API_TOKEN_PREFIX = "mc_";
const PREFIX_SHOWN = 10;
/** Officers are bound to departments; a token has none, so it cannot hold that role. */
const TOKEN_ROLES: readonly StaffRole[] = ["admin", "triage", "editor", "leader"];
const USE_RECORDED_EVERY_MS = 60_000;

export class ApiTokens {
  private readonly now: () => Date;

  constructor(
    private readonly deps: { tokens: ApiTokenStore; secrets: StaffSecrets; audit: AuditTrail; clock?: () => Date },
  ) {
    this.now = deps.clock ?? (() => new Date());
  }

  /**
   * Creates a token.
   *
   * @param actor - must hold `config.api_tokens`.
   * @param input - a name saying who uses it ("CMS cổng thông tin") and its role.
   * @returns the stored record and the token itself, to show once.
   * @throws AppError `invalid_input` (name: required | too_long; role: unknown | officer).
   */
  async create(actor: Actor, input: { name: string; role: string }): Promise<{ record: ApiTokenRecord; token: string }> {
    assertAllowed(actor, "config.api_tokens");
    const name = input.name.trim();
    const fields: Record<string, string> = {};
    if (!name) fields.name = "required";
    else if (name.length > 100) fields.name = "too_long";
    if (!isStaffRole(input.role)) fields.role = "unknown";
    else if (!TOKEN_ROLES.includes(input.role)) fields.role = "officer";
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const token = this.deps.secrets.newToken(API_TOKEN_PREFIX);
    const record = await this.deps.tokens.create({
      name,
      tokenHash: this.deps.secrets.hashToken(token),
      prefix: token.slice(0, PREFIX_SHOWN),
      role: input.role as StaffRole,
      staffId: actor.kind === "staff" ? actor.id : null,
      createdAt: this.now(),
    });
    await this.deps.audit.record({ actor, action: "api_token.create", entityType: "api_token", entityId: record.id, after: { name, role: record.role, prefix: record.prefix } });
    return { record, token };
  }

  /**
   * Every token, revoked ones included (newest first).
   *
   * @param actor - must hold `config.api_tokens`.
   */
  async list(actor: Actor): Promise<ApiTokenRecord[]> {
    assertAllowed(actor, "config.api_tokens");
    return this.deps.tokens.list();
  }

  /**
   * Revokes a token at once; requests carrying it get 401 from then on.
   *
   * @throws AppError `not_found` (404).
   */
  async revoke(actor: Actor, id: string): Promise<void> {
    assertAllowed(actor, "config.api_tokens");
    const record = await this.deps.tokens.findById(id);
    if (!record) throw new AppError("not_found", "no such API token", 404);
    if (record.revokedAt) return;
    await this.deps.tokens.revoke(id, this.now());
    await this.deps.audit.record({ actor, action: "api_token.revoke", entityType: "api_token", entityId: id, before: { name: record.name, role: record.role, revoked: false }, after: { revoked: true } });
  }

  /**
   * The actor behind a bearer token, or null for an unknown, malformed or revoked one.
   *
   * @param token - the Authorization header's token.
   */
  async authenticate(token: string): Promise<ApiTokenActor | null> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
    const record = await this.deps.tokens.findByHash(this.deps.secrets.hashToken(token));
    if (!record || record.revokedAt) return null;
    const now = this.now();
    if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > USE_RECORDED_EVERY_MS) await this.deps.tokens.markUsed(record.id, now);
    return { kind: "api_token", id: record.id, name: record.name, roles: [record.role], departmentIds: [] };
  }
}
