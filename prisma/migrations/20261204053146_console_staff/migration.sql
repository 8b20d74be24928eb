-- StaffRole: department_staff becomes officer (same meaning: tickets of their departments); triage is new.
-- (No BEGIN/COMMIT and no schema name: the runner sends the file as one implicit transaction, into the
-- search_path's schema.)
CREATE TYPE "StaffRole_new" AS ENUM ('admin', 'triage', 'officer', 'editor', 'leader');
ALTER TABLE "StaffRoleAssignment" ALTER COLUMN "role" TYPE "StaffRole_new"
  USING ((CASE WHEN "role"::text = 'department_staff' THEN 'officer' ELSE "role"::text END)::"StaffRole_new");
ALTER TYPE "StaffRole" RENAME TO "StaffRole_old";
ALTER TYPE "StaffRole_new" RENAME TO "StaffRole";
DROP TYPE "StaffRole_old";

-- DropForeignKey
ALTER TABLE "ApiToken" DROP CONSTRAINT "ApiToken_staffId_fkey";

-- ApiToken: a role instead of free-form scopes. No code wrote tokens before this migration, so none is lost.
DELETE FROM "ApiToken";
ALTER TABLE "ApiToken" DROP COLUMN "scopes",
ADD COLUMN     "prefix" TEXT NOT NULL,
ADD COLUMN     "role" "StaffRole" NOT NULL;

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "actorLabel" TEXT,
ADD COLUMN     "after" JSONB,
ADD COLUMN     "before" JSONB;

-- AlterTable
ALTER TABLE "StaffAccount" ADD COLUMN     "failedSignIns" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lockedUntil" TIMESTAMPTZ(6),
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "passwordChangedAt" TIMESTAMPTZ(6),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- StaffSession: lastSeenAt is needed for the idle expiry.
UPDATE "StaffSession" SET "lastSeenAt" = "createdAt" WHERE "lastSeenAt" IS NULL;
ALTER TABLE "StaffSession" ALTER COLUMN "lastSeenAt" SET NOT NULL,
ALTER COLUMN "lastSeenAt" SET DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "clientKey" TEXT NOT NULL,
    "staffId" UUID,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInAttempt_clientKey_createdAt_idx" ON "SignInAttempt"("clientKey", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "StaffSession_staffId_idx" ON "StaffSession"("staffId");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;
