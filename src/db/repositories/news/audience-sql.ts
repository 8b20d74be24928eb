/**
 * The SQL that picks a broadcast's recipients, shared by the fan-out and the reach count so both always agree.
 * Parameters $1–$7 are fixed (see {@link audienceParams}); statements using it number theirs from $8.
 *
 * Recipients: identities on one of the channels, reachable (not blocked, still following), whose subscriber has not
 * stopped news; either subscribed to one of the topics (every topic when none is given, or `allTopics`), or — for a
 * procedure alert — opted in to alerts and asked about the procedure since the given time. For each: whether news
 * waits for their daily digest, and whether they are outside their channel's reply window (held for their next
 * message).
 */
import type { Audience } from "../../../core/news/ports.js";
import type { FanOutPlan } from "../../../core/news/types.js";

const CTES = `
  windows AS (SELECT * FROM unnest($2::text[], $3::text[]) AS w("channel", "edge") WHERE $1::timestamptz IS NOT NULL),`;

const PICK = `
    SELECT ns."identityId", i."channel", ns."quietHours",
           (ns."mode" = 'digest' AND $4::timestamptz IS NOT NULL) AS "digest",
           (w."edge" IS NOT NULL AND (i."lastInteractionAt" IS NULL OR i."lastInteractionAt" < w."edge"::timestamptz)) AS "held"`;

const TOPICS = `${CTES}
  audience AS (${PICK}
    FROM "NewsSubscriber" ns
    JOIN "ChannelIdentity" i ON i."id" = ns."identityId"
    LEFT JOIN windows w ON w."channel" = i."channel"
    WHERE ns."stoppedAt" IS NULL AND i."reachable" AND i."channel" = ANY($5::text[])
      AND (ns."allTopics" OR EXISTS (
        SELECT 1 FROM "Subscription" s
        WHERE s."identityId" = ns."identityId" AND s."active"
          AND (cardinality($6::uuid[]) = 0 OR s."topicId" = ANY($6::uuid[]))))
      AND $7::timestamptz IS NULL)`;

const PROCEDURE = `${CTES}
  audience AS (${PICK}
    FROM "ProcedureInterest" pi
    JOIN "NewsSubscriber" ns ON ns."identityId" = pi."identityId"
    JOIN "ChannelIdentity" i ON i."id" = ns."identityId"
    LEFT JOIN windows w ON w."channel" = i."channel"
    WHERE pi."procedureCode" = ($6::text[])[1] AND pi."lastAskedAt" >= $7::timestamptz
      AND ns."procedureAlerts" AND ns."stoppedAt" IS NULL AND i."reachable" AND i."channel" = ANY($5::text[]))`;

/** The `windows` and `audience` CTEs (without the leading WITH) for an audience kind. */
export function audienceCtes(audience: Audience): string {
  return audience.kind === "procedure" ? PROCEDURE : TOPICS;
}

/** Values of $1–$7: the plan's time, reply windows, digest time, channels, topics (or the procedure code), since. */
export function audienceParams(audience: Audience, plan: FanOutPlan): unknown[] {
  const procedure = audience.kind === "procedure";
  return [
    plan.at,
    plan.windows.map((w) => w.channel),
    plan.windows.map((w) => w.edge.toISOString()),
    plan.digestAt,
    plan.channels,
    procedure ? [audience.procedureCode ?? ""] : audience.topicIds,
    procedure ? (plan.askedSince ?? new Date(0)) : null,
  ];
}
