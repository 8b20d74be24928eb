-- CreateEnum
CREATE TYPE "NewsItemOrigin" AS ENUM ('feed', 'cms');

-- CreateEnum
CREATE TYPE "NewsItemStatus" AS ENUM ('pending_approval', 'published', 'skipped', 'archived');

-- CreateEnum
CREATE TYPE "NewsMode" AS ENUM ('immediate', 'digest');

-- CreateEnum
CREATE TYPE "BroadcastKind" AS ENUM ('news', 'announcement', 'procedure_alert');

-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'cancelled';

-- DropForeignKey
ALTER TABLE "Broadcast" DROP CONSTRAINT "Broadcast_topicId_fkey";

-- DropForeignKey
ALTER TABLE "NewsItem" DROP CONSTRAINT "NewsItem_sourceId_fkey";

-- DropForeignKey
ALTER TABLE "NewsSource" DROP CONSTRAINT "NewsSource_topicId_fkey";

-- DropIndex
DROP INDEX "Delivery_status_nextAttemptAt_idx";

-- AlterTable
ALTER TABLE "Broadcast" DROP COLUMN "topicId",
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(6),
ADD COLUMN     "cancelledById" UUID,
ADD COLUMN     "createdVia" TEXT NOT NULL DEFAULT 'console',
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "imageUrl" TEXT,
ADD COLUMN     "kind" "BroadcastKind" NOT NULL DEFAULT 'announcement',
ADD COLUMN     "link" TEXT,
ADD COLUMN     "message" JSONB NOT NULL,
ADD COLUMN     "procedureCode" TEXT,
ADD COLUMN     "recipients" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "topicIds" UUID[],
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "payload" DROP NOT NULL;

-- AlterTable
ALTER TABLE "NewsItem" ADD COLUMN     "decidedAt" TIMESTAMPTZ(6),
ADD COLUMN     "decidedById" UUID,
ADD COLUMN     "imageUrl" TEXT,
ADD COLUMN     "linkKey" TEXT NOT NULL,
ADD COLUMN     "orgId" UUID NOT NULL,
ADD COLUMN     "origin" "NewsItemOrigin" NOT NULL DEFAULT 'feed',
ADD COLUMN     "status" "NewsItemStatus" NOT NULL DEFAULT 'pending_approval',
ADD COLUMN     "titleKey" TEXT NOT NULL,
ADD COLUMN     "topicIds" UUID[],
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "sourceId" DROP NOT NULL,
ALTER COLUMN "guid" DROP NOT NULL;

-- AlterTable
ALTER TABLE "NewsSource" DROP COLUMN "active",
DROP COLUMN "topicId",
ADD COLUMN     "autoPublish" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "baselinedAt" TIMESTAMPTZ(6),
ADD COLUMN     "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "failureCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastErrorAt" TIMESTAMPTZ(6),
ADD COLUMN     "lastSuccessAt" TIMESTAMPTZ(6),
ADD COLUMN     "leaseUntil" TIMESTAMPTZ(6),
ADD COLUMN     "nextPollAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "pausedAt" TIMESTAMPTZ(6),
ADD COLUMN     "topicIds" UUID[];

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "NewsSubscriber" (
    "identityId" UUID NOT NULL,
    "allTopics" BOOLEAN NOT NULL DEFAULT false,
    "mode" "NewsMode" NOT NULL DEFAULT 'immediate',
    "quietHours" TEXT,
    "procedureAlerts" BOOLEAN NOT NULL DEFAULT false,
    "stoppedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "NewsSubscriber_pkey" PRIMARY KEY ("identityId")
);

-- CreateTable
CREATE TABLE "ProcedureInterest" (
    "identityId" UUID NOT NULL,
    "procedureCode" TEXT NOT NULL,
    "lastAskedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "ProcedureInterest_pkey" PRIMARY KEY ("identityId","procedureCode")
);

-- CreateTable
CREATE TABLE "ChannelSendBudget" (
    "channel" TEXT NOT NULL,
    "nextSlotAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "ChannelSendBudget_pkey" PRIMARY KEY ("channel")
);

-- CreateIndex
CREATE INDEX "ProcedureInterest_procedureCode_lastAskedAt_idx" ON "ProcedureInterest"("procedureCode", "lastAskedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Broadcast_dedupeKey_key" ON "Broadcast"("dedupeKey");

-- CreateIndex
CREATE INDEX "Broadcast_status_scheduledAt_idx" ON "Broadcast"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "Delivery_purpose_status_priority_nextAttemptAt_idx" ON "Delivery"("purpose", "status", "priority" DESC, "nextAttemptAt");

-- CreateIndex
CREATE INDEX "NewsItem_orgId_titleKey_idx" ON "NewsItem"("orgId", "titleKey");

-- CreateIndex
CREATE INDEX "NewsItem_status_fetchedAt_idx" ON "NewsItem"("status", "fetchedAt");

-- CreateIndex
CREATE UNIQUE INDEX "NewsItem_orgId_linkKey_key" ON "NewsItem"("orgId", "linkKey");

-- CreateIndex
CREATE INDEX "NewsSource_nextPollAt_idx" ON "NewsSource"("nextPollAt");

-- CreateIndex
CREATE INDEX "Subscription_topicId_idx" ON "Subscription"("topicId");

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "NewsSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsSubscriber" ADD CONSTRAINT "NewsSubscriber_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChannelIdentity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureInterest" ADD CONSTRAINT "ProcedureInterest_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChannelIdentity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
