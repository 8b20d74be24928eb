/**
 * Send slots shared by every worker process (the core `SendBudget` port): one row per channel holds the time of
 * the next free slot. Reserving n slots moves it forward by n / rate in one UPDATE, so processes interleave their
 * batches and together never exceed the rate. Times are the database's clock, the one clock all processes share.
 */
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { SendBudget } from "../../../core/news/ports.js";

export class PrismaSendBudget implements SendBudget {
  constructor(private readonly prisma: PrismaClient) {}

  async reserve(channel: string, slots: number, perSecond: number): Promise<number> {
    const spanMs = (Math.max(0, slots) * 1000) / perSecond;
    const [row] = await this.prisma.$queryRaw<Array<{ waitMs: number }>>`
      INSERT INTO "ChannelSendBudget" AS b ("channel", "nextSlotAt")
      VALUES (${channel}, clock_timestamp() + make_interval(secs => ${spanMs / 1000}))
      ON CONFLICT ("channel") DO UPDATE
        SET "nextSlotAt" = GREATEST(b."nextSlotAt", clock_timestamp()) + make_interval(secs => ${spanMs / 1000})
      RETURNING GREATEST(0, EXTRACT(EPOCH FROM (b."nextSlotAt" - clock_timestamp())) * 1000 - ${spanMs})::float8 AS "waitMs"`;
    return Math.max(0, row?.waitMs ?? 0);
  }

  async pause(channel: string, ms: number): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO "ChannelSendBudget" AS b ("channel", "nextSlotAt") VALUES (${channel}, clock_timestamp() + make_interval(secs => ${ms / 1000}))
      ON CONFLICT ("channel") DO UPDATE SET "nextSlotAt" = GREATEST(b."nextSlotAt", clock_timestamp() + make_interval(secs => ${ms / 1000}))`;
  }
}
