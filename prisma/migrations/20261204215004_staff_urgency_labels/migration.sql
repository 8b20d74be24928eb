-- AlterTable
ALTER TABLE "RoutingExample" ADD COLUMN     "urgent" BOOLEAN,
ALTER COLUMN "departmentId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "RoutingModel" ADD COLUMN     "urgency" JSONB;
