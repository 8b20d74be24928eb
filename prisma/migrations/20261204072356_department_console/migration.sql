-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('accept', 'answer');

-- CreateEnum
CREATE TYPE "DeadlineAlertStage" AS ENUM ('reminder', 'overdue');

-- CreateEnum
CREATE TYPE "StaffEmailStatus" AS ENUM ('pending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "FeedbackTicket" ADD COLUMN     "dueAt" TIMESTAMPTZ(6),
ADD COLUMN     "reopenedAt" TIMESTAMPTZ(6),
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "departmentId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineAlert" (
    "id" BIGSERIAL NOT NULL,
    "ticketId" UUID NOT NULL,
    "kind" "DeadlineKind" NOT NULL,
    "stage" "DeadlineAlertStage" NOT NULL,
    "dueAt" TIMESTAMPTZ(6) NOT NULL,
    "departmentId" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffEmail" (
    "id" BIGSERIAL NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "StaffEmailStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(6),

    CONSTRAINT "StaffEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReplyTemplate_orgId_departmentId_idx" ON "ReplyTemplate"("orgId", "departmentId");

-- CreateIndex
CREATE INDEX "DeadlineAlert_createdAt_idx" ON "DeadlineAlert"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineAlert_ticketId_kind_stage_dueAt_key" ON "DeadlineAlert"("ticketId", "kind", "stage", "dueAt");

-- CreateIndex
CREATE INDEX "StaffEmail_status_nextAttemptAt_idx" ON "StaffEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "FeedbackTicket_dueAt_createdAt_idx" ON "FeedbackTicket"("dueAt", "createdAt");

-- CreateIndex
CREATE INDEX "FeedbackTicket_departmentId_dueAt_createdAt_idx" ON "FeedbackTicket"("departmentId", "dueAt", "createdAt");

-- CreateIndex
CREATE INDEX "FeedbackTicket_createdAt_idx" ON "FeedbackTicket"("createdAt");

-- AddForeignKey
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineAlert" ADD CONSTRAINT "DeadlineAlert_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "FeedbackTicket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill for tickets filed before this migration: the deadline each works against now (as
-- src/core/feedback/deadlines.ts decides it), the last reopening, and the folded search text (lower case without
-- diacritics; the ticket core writes it for new tickets).
UPDATE "FeedbackTicket" SET "dueAt" = CASE
  WHEN "status" = 'routed' THEN "acceptDueAt"
  WHEN "status" IN ('accepted', 'in_progress', 'reopened') THEN "answerDueAt"
END;
UPDATE "FeedbackTicket" t SET "reopenedAt" = e."at"
FROM (SELECT "ticketId", max("createdAt") AS "at" FROM "TicketEvent" WHERE "type" = 'reopen' GROUP BY "ticketId") e
WHERE e."ticketId" = t."id";
UPDATE "FeedbackTicket" SET "searchText" = translate(
  lower("code" || ' ' || "text" || ' ' || coalesce("address", '')),
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'
);
