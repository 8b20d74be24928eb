/** The phone a citizen agreed to leave with a report, on their citizen record (the consent row goes with the ticket). */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { CitizenPhoneBook } from "../../core/conversation/flows/feedback-ports.js";

export class PrismaCitizenPhoneBook implements CitizenPhoneBook {
  constructor(private readonly prisma: PrismaClient) {}

  async storePhone(citizenId: string, phone: string): Promise<void> {
    // an erased citizen who reports again is a citizen with data again: erasedAt stays as the record of the erasure
    await this.prisma.citizen.update({ where: { id: citizenId }, data: { phone } });
  }
}
