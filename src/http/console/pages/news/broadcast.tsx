/**
 * One broadcast: what was sent, to whom, and its live figures (htmx fetches the figures block every two seconds
 * while it is sending; without JavaScript the page refreshes itself), with "Hủy gửi" while it can still be
 * cancelled. Leaders see the same page without the button.
 */
import type { BroadcastProgress, Topic } from "../../../../core/news/types.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { can } from "../../../../core/staff/permissions.js";
import { formatDateTime } from "../../format.js";
import { fragment, page, redirect, type ConsoleRoute } from "../../route.js";
import { Badge, PageHeader } from "../../views/ui.js";
import { KIND_LABELS, N } from "./messages.vi.js";
import { Figures, isLive } from "./views/figures.js";
import { imageSrc } from "./views/image-src.js";

export const broadcastRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/broadcasts/:id",
    access: "broadcasts.view",
    async handle({ services, actor, params, org }) {
      const [p, topics] = await Promise.all([services.broadcasts.figures(actor, params.id!), services.broadcasts.topics()]);
      const b = p.broadcast;
      return page(
        b.title,
        <>
          <PageHeader
            title={b.title}
            lead={N.broadcast.created(formatDateTime(b.createdAt, org.timezone))}
            actions={
              <>
                <a class="button secondary" href="/console/broadcasts">
                  {N.broadcast.back}
                </a>
                {can(actor, "broadcasts.send") ? (
                  <a class="button secondary" href="/console/broadcasts/new">
                    {N.broadcast.newOne}
                  </a>
                ) : null}
              </>
            }
          />
          <p class="tags">
            <Badge kind="info">{KIND_LABELS[b.kind]}</Badge> {b.urgent ? <Badge kind="warn">{N.broadcast.urgent}</Badge> : null}
          </p>
          <Figures p={p} timeZone={org.timezone} canCancel={can(actor, "broadcasts.send")} channelsConnected={services.broadcasts.connectedChannels().length > 0} />
          <section class="panel">
            <h2>{N.broadcast.message}</h2>
            <dl class="facts">
              <dt>{N.broadcast.audience}</dt>
              <dd>{audienceText(p, topics)}</dd>
            </dl>
            <MessageText p={p} />
          </section>
        </>,
        isLive(p) ? { refreshSec: 5 } : {},
      );
    },
  },
  {
    method: "GET",
    path: "/broadcasts/:id/figures",
    access: "broadcasts.view",
    async handle({ services, actor, params, org }) {
      const p = await services.broadcasts.figures(actor, params.id!);
      return fragment(<Figures p={p} timeZone={org.timezone} canCancel={can(actor, "broadcasts.send")} channelsConnected={services.broadcasts.connectedChannels().length > 0} />);
    },
  },
  {
    method: "POST",
    path: "/broadcasts/:id/cancel",
    access: "broadcasts.send",
    async handle({ services, actor, params }) {
      try {
        await services.broadcasts.cancel(actor, params.id!);
      } catch (error) {
        // sent to everyone meanwhile (or by the time the editor pressed): say so on the page itself
        if (isAppError(error) && error.code === "broadcast_finished") return redirect(`/console/broadcasts/${params.id}`, "broadcast_finished");
        throw error;
      }
      return redirect(`/console/broadcasts/${params.id}`, "broadcast_cancelled");
    },
  },
];

function audienceText(p: BroadcastProgress, topics: Topic[]): string {
  const ids = p.broadcast.topicIds;
  if (p.broadcast.kind === "procedure_alert") return KIND_LABELS.procedure_alert;
  if (ids.length === 0) return N.broadcast.everyone;
  return ids.map((id) => topics.find((t) => t.id === id)?.name ?? "—").join(", ");
}

/** The text as citizens received it (the stored message), shown as text. */
function MessageText({ p }: { p: BroadcastProgress }) {
  const b = p.broadcast;
  return (
    <>
      {b.imageUrl ? <img class="sent-image" src={imageSrc(b.imageUrl)} alt="" /> : null}
      <div class="chat-answer">{[b.title, b.body].filter(Boolean).join("\n\n")}</div>
      {b.link ? (
        <p>
          <a href={b.link} rel="noopener noreferrer">
            {b.link}
          </a>
        </p>
      ) : null}
    </>
  );
}
