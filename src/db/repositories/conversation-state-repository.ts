import type { PrismaClient } from "../../generated/prisma/client.js";
import type { ConversationStateStore, DialogueState, FlowData, StoredDialogueState } from "../../core/conversation/state.js";
import { AdaptiveBatcher } from "./inbound-event-repository.js";

interface Replace {
  identityId: string;
  next: DialogueState;
  expectedVersion: number;
}

/**
 * Dialogue state in PostgreSQL, one row per identity, written with a compare-and-swap on `version` so two replicas
 * handling the same citizen cannot both win. Implements the core `ConversationStateStore` port. Every message reads
 * and writes it, so each operation is one plain SQL statement, and concurrent replacements share one (adaptive
 * batch; each row keeps its own version check).
 */
export class PrismaConversationStateStore implements ConversationStateStore {
  private readonly replaces = new AdaptiveBatcher<Replace, boolean>((items) => this.replaceMany(items), 2);

  constructor(private readonly prisma: PrismaClient) {}

  async load(identityId: string): Promise<StoredDialogueState | null> {
    const rows = await this.prisma.$queryRaw<Array<{ flow: string; step: string; data: unknown; version: number; expiresAt: Date }>>`
      SELECT "flow", "step", "data", "version", "expiresAt" FROM "ConversationState" WHERE "identityId" = ${identityId}::uuid`;
    const row = rows[0];
    if (!row) return null;
    const raw: unknown = typeof row.data === "string" ? JSON.parse(row.data) : row.data;
    const data = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as FlowData) : {};
    return { flow: row.flow, step: row.step, data, expiresAt: new Date(row.expiresAt), version: row.version };
  }

  async save(identityId: string, next: DialogueState | null, expectedVersion: number | null): Promise<boolean> {
    if (expectedVersion === null) {
      if (next === null) return true;
      const inserted = await this.prisma.$executeRaw`
        INSERT INTO "ConversationState" ("identityId", "flow", "step", "data", "version", "expiresAt", "updatedAt")
        VALUES (${identityId}::uuid, ${next.flow}, ${next.step}, ${JSON.stringify(next.data)}::jsonb, 0, ${next.expiresAt}, now())
        ON CONFLICT ("identityId") DO NOTHING`;
      return inserted === 1;
    }
    if (next === null) {
      const deleted = await this.prisma.$executeRaw`
        DELETE FROM "ConversationState" WHERE "identityId" = ${identityId}::uuid AND "version" = ${expectedVersion}`;
      return deleted === 1;
    }
    return this.replaces.submit({ identityId, next, expectedVersion });
  }

  private async replaceMany(items: Replace[]): Promise<boolean[]> {
    const rows = await this.prisma.$queryRaw<Array<{ identityId: string }>>`
      UPDATE "ConversationState" s
      SET "flow" = v."flow", "step" = v."step", "data" = v."data"::jsonb, "expiresAt" = v."expiresAt"::timestamptz,
          "version" = s."version" + 1, "updatedAt" = now()
      FROM unnest(${items.map((i) => i.identityId)}::text[], ${items.map((i) => i.next.flow)}::text[], ${items.map((i) => i.next.step)}::text[],
                  ${items.map((i) => JSON.stringify(i.next.data))}::text[], ${items.map((i) => i.next.expiresAt.toISOString())}::text[],
                  ${items.map((i) => String(i.expectedVersion))}::text[])
           AS v("identityId", "flow", "step", "data", "expiresAt", "version")
      WHERE s."identityId" = v."identityId"::uuid AND s."version" = v."version"::int
      RETURNING s."identityId"::text AS "identityId"`;
    const won = new Set(rows.map((r) => r.identityId));
    return items.map((i) => won.has(i.identityId));
  }
}
