-- CreateEnum
CREATE TYPE "RoutingRuleKind" AS ENUM ('keyword', 'place');

-- CreateEnum
CREATE TYPE "AttachmentStatus" AS ENUM ('pending', 'stored', 'failed');

-- CreateEnum
CREATE TYPE "RoutingExampleSource" AS ENUM ('seed', 'staff');

-- AlterEnum
BEGIN;
CREATE TYPE "TicketStatus_new" AS ENUM ('received', 'routed', 'triage', 'accepted', 'in_progress', 'needs_info', 'answered', 'resolved', 'closed', 'rejected', 'reopened');
ALTER TABLE "FeedbackTicket" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "FeedbackTicket" ALTER COLUMN "status" TYPE "TicketStatus_new" USING ("status"::text::"TicketStatus_new");
ALTER TABLE "TicketEvent" ALTER COLUMN "fromStatus" TYPE "TicketStatus_new" USING ("fromStatus"::text::"TicketStatus_new");
ALTER TABLE "TicketEvent" ALTER COLUMN "toStatus" TYPE "TicketStatus_new" USING ("toStatus"::text::"TicketStatus_new");
ALTER TYPE "TicketStatus" RENAME TO "TicketStatus_old";
ALTER TYPE "TicketStatus_new" RENAME TO "TicketStatus";
DROP TYPE "TicketStatus_old";
ALTER TABLE "FeedbackTicket" ALTER COLUMN "status" SET DEFAULT 'received';
COMMIT;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "eventId" BIGINT,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMPTZ(6),
ADD COLUMN     "nextAttemptAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "status" "AttachmentStatus" NOT NULL DEFAULT 'pending',
ADD COLUMN     "url" TEXT;

-- AlterTable
ALTER TABLE "ConsentRecord" ADD COLUMN     "expiresAt" TIMESTAMPTZ(6),
ADD COLUMN     "ticketId" UUID;

-- AlterTable
ALTER TABLE "FeedbackTicket" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ratedAt" TIMESTAMPTZ(6),
ADD COLUMN     "resolvedAt" TIMESTAMPTZ(6),
ADD COLUMN     "routedBy" TEXT,
ADD COLUMN     "routingConfidence" DOUBLE PRECISION,
ADD COLUMN     "sourceKey" TEXT,
ADD COLUMN     "streetKey" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "RoutingRule" ADD COLUMN     "kind" "RoutingRuleKind" NOT NULL DEFAULT 'keyword';

-- AlterTable
ALTER TABLE "TicketEvent" ADD COLUMN     "actorType" TEXT NOT NULL DEFAULT 'system',
ADD COLUMN     "data" JSONB,
ADD COLUMN     "sourceKey" TEXT;

-- CreateTable
CREATE TABLE "TicketReporter" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "citizenId" UUID,
    "identityId" UUID,
    "text" TEXT NOT NULL,
    "address" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "sourceKey" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketReporter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingExample" (
    "id" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "departmentId" UUID NOT NULL,
    "categoryId" UUID,
    "source" "RoutingExampleSource" NOT NULL DEFAULT 'staff',
    "ticketId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingExample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingModel" (
    "id" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "examples" INTEGER NOT NULL,
    "model" JSONB NOT NULL,
    "trainedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TicketReporter_sourceKey_key" ON "TicketReporter"("sourceKey");

-- CreateIndex
CREATE INDEX "TicketReporter_identityId_idx" ON "TicketReporter"("identityId");

-- CreateIndex
CREATE INDEX "TicketReporter_citizenId_idx" ON "TicketReporter"("citizenId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketReporter_ticketId_identityId_key" ON "TicketReporter"("ticketId", "identityId");

-- CreateIndex
CREATE INDEX "RoutingExample_orgId_createdAt_idx" ON "RoutingExample"("orgId", "createdAt");

-- CreateIndex
CREATE INDEX "RoutingModel_orgId_trainedAt_idx" ON "RoutingModel"("orgId", "trainedAt");

-- CreateIndex
CREATE INDEX "Attachment_status_nextAttemptAt_idx" ON "Attachment"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Attachment_ticketId_idx" ON "Attachment"("ticketId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackTicket_sourceKey_key" ON "FeedbackTicket"("sourceKey");

-- CreateIndex
CREATE INDEX "FeedbackTicket_orgId_categoryId_status_idx" ON "FeedbackTicket"("orgId", "categoryId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TicketEvent_sourceKey_key" ON "TicketEvent"("sourceKey");

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "FeedbackTicket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketReporter" ADD CONSTRAINT "TicketReporter_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "FeedbackTicket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketReporter" ADD CONSTRAINT "TicketReporter_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "Citizen"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketReporter" ADD CONSTRAINT "TicketReporter_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChannelIdentity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TicketEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingExample" ADD CONSTRAINT "RoutingExample_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingExample" ADD CONSTRAINT "RoutingExample_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingExample" ADD CONSTRAINT "RoutingExample_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "FeedbackCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingExample" ADD CONSTRAINT "RoutingExample_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "FeedbackTicket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingModel" ADD CONSTRAINT "RoutingModel_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
