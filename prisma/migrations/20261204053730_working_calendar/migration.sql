-- Working calendar: the organisation's working week as data, and "Holiday" evolved into "CalendarDay" (days off and
-- make-up working days, computed or set by an administrator). Holiday rows are moved, not dropped.

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('day_off', 'working_day');

-- CreateEnum
CREATE TYPE "CalendarDayOrigin" AS ENUM ('computed', 'admin');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "calendarVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "officeSessions" TEXT[] DEFAULT ARRAY['07:30-11:30', '13:30-17:00']::TEXT[],
ADD COLUMN     "workingWeekdays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[];

-- CreateTable
CREATE TABLE "CalendarDay" (
    "id" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL DEFAULT 'day_off',
    "name" TEXT NOT NULL,
    "origin" "CalendarDayOrigin" NOT NULL DEFAULT 'admin',
    "removedAt" TIMESTAMPTZ(6),
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarDay_orgId_date_key" ON "CalendarDay"("orgId", "date");

-- AddForeignKey
ALTER TABLE "CalendarDay" ADD CONSTRAINT "CalendarDay_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Move the holidays. Who entered them is unknown, so they count as an administrator's rows: regenerating a year's
-- defaults never overwrites them.
INSERT INTO "CalendarDay" ("id", "orgId", "date", "kind", "name", "origin", "updatedAt")
SELECT "id", "orgId", "date", 'day_off', "name", 'admin', CURRENT_TIMESTAMP FROM "Holiday";

-- DropForeignKey
ALTER TABLE "Holiday" DROP CONSTRAINT "Holiday_orgId_fkey";

-- DropTable
DROP TABLE "Holiday";
