/**
 * Zalo-specific changes to a citizen's identity that the conversation engine does not make: follower status
 * (unfollow pauses subscriptions, follow resumes them) and contact details submitted through Zalo's
 * request-user-info card, stored together with the consent they express.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";

/** Version of the consent wording shown on the request-contact card (PDP Law: reproduce what was agreed to). */
export const ZALO_CONTACT_CONSENT_VERSION = "zalo-request-user-info-v1";

/** Creates the repository over a Prisma client (PostgreSQL or PGlite). */
export function createZaloFollowerRepository(prisma: PrismaClient) {
  return {
    /**
     * Records follow/unfollow. Unfollow: isFollower false and every subscription paused; follow: follower and
     * reachable again, subscriptions resumed. Unknown identities are ignored (the engine creates them on follow).
     *
     * @returns whether an identity was updated.
     */
    async setFollowing(channel: string, externalId: string, following: boolean, at: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const identity = await tx.channelIdentity.findUnique({ where: { channel_externalId: { channel, externalId } }, select: { id: true } });
        if (!identity) return false;
        await tx.channelIdentity.update({
          where: { id: identity.id },
          data: following ? { isFollower: true, reachable: true, unreachableReason: null } : { isFollower: false, reachable: false, unreachableReason: "unfollowed" },
        });
        await tx.subscription.updateMany({
          where: { identityId: identity.id, ...(following ? { pausedAt: { not: null } } : { pausedAt: null }) },
          data: { pausedAt: following ? null : at },
        });
        return true;
      });
    },

    /**
     * Stores contact details the citizen chose to share, with a `contact_info` consent record.
     *
     * @returns false when the identity is unknown (nothing stored).
     */
    async storeContact(channel: string, externalId: string, contact: { name?: string; phone?: string; address?: string }, at: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const identity = await tx.channelIdentity.findUnique({ where: { channel_externalId: { channel, externalId } }, select: { citizenId: true } });
        if (!identity) return false;
        await tx.citizen.update({
          where: { id: identity.citizenId },
          data: {
            ...(contact.name ? { fullName: contact.name } : {}),
            ...(contact.phone ? { phone: contact.phone } : {}),
            ...(contact.address ? { address: contact.address } : {}),
            erasedAt: null,
          },
        });
        await tx.consentRecord.create({
          data: { citizenId: identity.citizenId, purpose: "contact_info", channel, textVersion: ZALO_CONTACT_CONSENT_VERSION, grantedAt: at },
        });
        return true;
      });
    },
  };
}

export type ZaloFollowerRepository = ReturnType<typeof createZaloFollowerRepository>;
