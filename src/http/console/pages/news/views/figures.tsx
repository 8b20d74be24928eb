/**
 * A broadcast's live figures: its state, a progress bar, the counts (sent, failed with reasons, waiting for the
 * citizen's Zalo window, waiting for quiet hours or the digest, still being sent, cancelled), the current rate,
 * the unsubscribes that followed, and per channel. While the broadcast is not finished the block asks htmx to
 * fetch it again every two seconds (and stops asking once it is).
 */
import type { BroadcastProgress } from "../../../../../core/news/types.js";
import { formatDateTime, formatNumber } from "../../../format.js";
import { ActionButton, Badge, Callout, TableWrap } from "../../../views/ui.js";
import { FAILURE_REASONS, N, STATUS_LABELS } from "../messages.vi.js";
import { ChannelTable } from "./channel-table.js";

/** Whether the figures can still change quickly (the page keeps refreshing them). */
export function isLive(p: BroadcastProgress): boolean {
  return p.broadcast.status === "draft" || p.broadcast.status === "scheduled" || p.broadcast.status === "sending";
}

/** The stored reason of failed deliveries ("forbidden: Forbidden: bot was blocked…") in the editor's words. */
export function failureReasonText(reason: string): string {
  const kind = reason.split(":")[0]?.trim() ?? reason;
  return FAILURE_REASONS[kind] ?? FAILURE_REASONS.internal!;
}

/** Failure reasons grouped by what they mean to an editor. */
function groupedReasons(p: BroadcastProgress): Array<{ text: string; count: number }> {
  const byText = new Map<string, number>();
  for (const r of p.failureReasons) byText.set(failureReasonText(r.reason), (byText.get(failureReasonText(r.reason)) ?? 0) + r.count);
  return [...byText].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

/** Started, not cancelled, and nobody to send to: no subscriber, or no channel connected. */
export function reachedNobody(p: BroadcastProgress): boolean {
  return p.broadcast.startedAt !== null && p.broadcast.status !== "cancelled" && p.recipients === 0;
}

/** The broadcast's state; one sent to nobody is not "sent". */
export function StatusBadge({ status, nobody = false }: { status: BroadcastProgress["broadcast"]["status"]; nobody?: boolean }) {
  if (nobody) return <Badge kind="warn">{N.broadcast.nobody}</Badge>;
  const kind = status === "done" ? "ok" : status === "cancelled" ? "off" : status === "sending" ? "info" : "warn";
  return <Badge kind={kind}>{STATUS_LABELS[status]}</Badge>;
}

/** The live block of the broadcast page (also the htmx fragment). */
export function Figures({ p, timeZone, canCancel, channelsConnected }: { p: BroadcastProgress; timeZone: string; canCancel: boolean; channelsConnected: boolean }) {
  const b = p.broadcast;
  const live = isLive(p);
  const nobody = reachedNobody(p);
  const note = nobody
    ? channelsConnected
      ? N.broadcast.nobodySubscribed
      : N.broadcast.nobodyNoChannel
    : b.status === "scheduled" || b.status === "draft"
      ? N.broadcast.scheduledNote
      : b.status === "sending"
        ? N.broadcast.sendingNote
        : b.status === "cancelled"
          ? N.broadcast.cancelledNote
          : N.broadcast.doneNote;
  const when =
    b.status === "cancelled" && b.cancelledAt
      ? N.broadcast.cancelledAt(formatDateTime(b.cancelledAt, timeZone))
      : b.status === "done" && b.finishedAt
        ? N.broadcast.finishedAt(formatDateTime(b.finishedAt, timeZone))
        : b.startedAt
          ? N.broadcast.startedAt(formatDateTime(b.startedAt, timeZone))
          : b.scheduledAt
            ? N.broadcast.scheduledFor(formatDateTime(b.scheduledAt, timeZone))
            : "";
  const reasons = groupedReasons(p);
  return (
    <div
      id="figures"
      class="panel figures"
      data-status={b.status}
      {...(live ? { "hx-get": `/console/broadcasts/${b.id}/figures`, "hx-trigger": "every 2s", "hx-swap": "outerHTML" } : {})}
    >
      <div class="figures-head">
        <StatusBadge status={b.status} nobody={nobody} />
        <p role="status" class="figures-when">
          {when}
        </p>
      </div>
      {nobody ? <Callout kind="warning">{note}</Callout> : <p>{note}</p>}
      {b.startedAt === null ? null : (
        <StartedFigures p={p} reasons={reasons} />
      )}
      {live ? <p class="muted small">{N.broadcast.live}</p> : null}
      {live && canCancel ? (
        <div class="actions">
          <ActionButton action={`/console/broadcasts/${b.id}/cancel`} label={N.broadcast.cancel} danger confirm={N.broadcast.cancelConfirm} />
        </div>
      ) : null}
    </div>
  );
}

/** The counts, once the broadcast has recipients (a scheduled one has none yet: they are chosen when it starts). */
function StartedFigures({ p, reasons }: { p: BroadcastProgress; reasons: Array<{ text: string; count: number }> }) {
  const b = p.broadcast;
  const settled = p.sent + p.failed + p.cancelled + p.heldForWindow;
  return (
    <>
      {p.recipients > 0 ? (
        <>
          <label for="progress" class="small muted">
            {N.broadcast.progress}
          </label>
          <progress id="progress" max={p.recipients} value={settled}>
            {formatNumber(settled)} / {formatNumber(p.recipients)}
          </progress>
        </>
      ) : null}
      <dl class="stats">
        <Stat label={N.broadcast.recipients} value={p.recipients} name="recipients" />
        <Stat label={N.broadcast.sent} value={p.sent} name="sent" />
        <Stat label={N.broadcast.failed} value={p.failed} name="failed" />
        <Stat label={N.broadcast.held} value={p.heldForWindow} name="held" />
        <Stat label={N.broadcast.waiting} value={p.waiting} name="waiting" />
        <Stat label={N.broadcast.pending} value={p.pending} name="pending" />
        {p.cancelled > 0 ? <Stat label={N.broadcast.cancelled} value={p.cancelled} name="cancelled" /> : null}
      </dl>
      {b.status === "sending" ? <p class="rate">{N.broadcast.rate(formatNumber(Math.round(p.ratePerSec * 10) / 10))}</p> : null}
      <p>{p.unsubscribedAfter > 0 ? N.broadcast.unsubscribed(formatNumber(p.unsubscribedAfter)) : N.broadcast.unsubscribedNone}</p>
      {reasons.length > 0 ? (
        <>
          <h3>{N.broadcast.reasons}</h3>
          <TableWrap label={N.broadcast.reasons}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{N.broadcast.reason}</th>
                  <th scope="col" class="num">{N.broadcast.count}</th>
                </tr>
              </thead>
              <tbody>
                {reasons.map((r) => (
                  <tr>
                    <td>{r.text}</td>
                    <td class="num">{formatNumber(r.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}
      {p.byChannel.length > 0 ? (
        <>
          <h3>{N.broadcast.byChannel}</h3>
          <ChannelTable label={N.broadcast.byChannel} columns={p.byChannel} rows={CHANNEL_ROWS} />
        </>
      ) : null}
    </>
  );
}

type ChannelFigures = BroadcastProgress["byChannel"][number];

/** Rows of the per-channel table (channels are its columns, so it fits a phone). */
const CHANNEL_ROWS: Array<[string, (c: ChannelFigures) => number]> = [
  [N.broadcast.recipients, (c) => c.recipients],
  [N.broadcast.sent, (c) => c.sent],
  [N.broadcast.failed, (c) => c.failed],
  [N.broadcast.held, (c) => c.heldForWindow],
];

function Stat({ label, value, name }: { label: string; value: number; name: string }) {
  return (
    <div class="stat" data-figure={name}>
      <dt>{label}</dt>
      <dd>{formatNumber(value)}</dd>
    </div>
  );
}
