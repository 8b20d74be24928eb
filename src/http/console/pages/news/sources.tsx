/**
 * The sources page (/console/news/sources): each portal feed with how it publishes, its last fetch, whether it is
 * working, paused or failing (and what to do), and how many of its items wait, were published or skipped; an
 * editor pauses or resumes a source with one button (audited).
 */
import type { SourceOverview } from "../../../../core/news/news-desk.js";
import type { Topic } from "../../../../core/news/types.js";
import { formatDateTime, formatNumber } from "../../format.js";
import { redirect, page, type ConsoleRoute } from "../../route.js";
import { ActionButton, Badge, EmptyState, PageHeader } from "../../views/ui.js";
import { NI, feedErrorText } from "./news-messages.vi.js";

export const sourceRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/news/sources",
    access: "news.sources",
    menu: { group: "news", label: NI.menu.sources, order: 20, description: NI.menu.sourcesAbout },
    async handle({ services, actor, org }) {
      const [sources, topics] = await Promise.all([services.news.sources(actor), services.news.topics()]);
      return page(
        NI.sources.title,
        <>
          <PageHeader title={NI.sources.title} lead={NI.sources.lead} />
          {sources.length === 0 ? <EmptyState title={NI.sources.empty} next={NI.sources.emptyNext} /> : <SourceList sources={sources} topics={topics} timeZone={org.timezone} />}
        </>,
      );
    },
  },
  {
    method: "POST",
    path: "/news/sources/:id/pause",
    access: "news.sources",
    async handle({ services, actor, params }) {
      await services.news.setPaused(actor, params.id!, true);
      return redirect("/console/news/sources", "source_paused");
    },
  },
  {
    method: "POST",
    path: "/news/sources/:id/resume",
    access: "news.sources",
    async handle({ services, actor, params }) {
      await services.news.setPaused(actor, params.id!, false);
      return redirect("/console/news/sources", "source_resumed");
    },
  },
];

/** One card per source (a table would hide the state behind a sideways scroll on a phone). */
function SourceList({ sources, topics, timeZone }: { sources: SourceOverview[]; topics: Topic[]; timeZone: string }) {
  const names = new Map(topics.map((t) => [t.id, t.name]));
  return (
    <>
      {sources.map((s) => (
        <article class="panel news-source" aria-labelledby={`source-${s.id}`}>
          <h2 id={`source-${s.id}`}>{s.name}</h2>
          <dl class="facts">
            <dt>{NI.sources.address}</dt>
            <dd class="source-url">{s.url}</dd>
            <dt>{NI.sources.mode}</dt>
            <dd>
              {s.autoPublish ? NI.sources.auto : NI.sources.approval}, {NI.sources.every(s.pollMinutes)}
            </dd>
            <dt>{NI.sources.topics}</dt>
            <dd>{s.topicIds.length ? s.topicIds.map((id) => names.get(id) ?? "—").join(", ") : NI.sources.noTopics}</dd>
            <dt>{NI.sources.lastFetch}</dt>
            <dd>{s.lastPolledAt ? formatDateTime(s.lastPolledAt, timeZone) : NI.sources.never}</dd>
            <dt>{NI.sources.state}</dt>
            <dd>
              <SourceState s={s} timeZone={timeZone} />
            </dd>
            <dt>{NI.sources.items}</dt>
            <dd class="source-counts">
              {NI.sources.counts(formatNumber(s.items.pending_approval), formatNumber(s.items.published), formatNumber(s.items.skipped))}
              <br />
              <small class="muted">{NI.sources.total(formatNumber(s.items.pending_approval + s.items.published + s.items.skipped + s.items.archived))}</small>
            </dd>
          </dl>
          <div class="actions">
            {s.pausedAt ? (
              <ActionButton action={`/console/news/sources/${s.id}/resume`} label={NI.sources.resume} />
            ) : (
              <ActionButton action={`/console/news/sources/${s.id}/pause`} label={NI.sources.pause} confirm={NI.sources.pauseConfirm} />
            )}
          </div>
        </article>
      ))}
    </>
  );
}

function SourceState({ s, timeZone }: { s: SourceOverview; timeZone: string }) {
  if (s.pausedAt) {
    return (
      <>
        <Badge kind="off">{NI.sources.paused}</Badge>
        <br />
        <small>{NI.sources.pausedSince(formatDateTime(s.pausedAt, timeZone))}</small>
      </>
    );
  }
  if (s.lastError) {
    return (
      <>
        <Badge kind="warn">{NI.sources.failing}</Badge>
        <br />
        {feedErrorText(s.lastError)}
        <br />
        <small>{NI.sources.failures(s.failureCount, formatDateTime(s.lastErrorAt ?? s.lastPolledAt ?? new Date(0), timeZone))}</small>
      </>
    );
  }
  return <Badge kind="ok">{NI.sources.ok}</Badge>;
}
