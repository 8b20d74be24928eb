-- DropForeignKey
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_broadcastId_fkey";
