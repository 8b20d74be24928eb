/**
 * One incoming news item: where it came from, its topics and date, its summary as text, and (while it waits) the
 * decision form: "Duyệt và gửi ngay", "Chỉ duyệt, không gửi", "Bỏ qua", with the title, summary and topics
 * editable in a fold above the buttons. Ids carry the item's id, so many cards fit on one page.
 */
import { ITEM_SUMMARY_MAX, ITEM_TITLE_MAX, type IncomingItem, type ItemEdits } from "../../../../../core/news/news-desk.js";
import type { Topic } from "../../../../../core/news/types.js";
import { formatDateTime } from "../../../format.js";
import { Badge, PostForm, problemText, type FieldErrors } from "../../../views/ui.js";
import { NI } from "../news-messages.vi.js";

export interface CardProps {
  item: IncomingItem;
  topics: Topic[];
  timeZone: string;
  /** After a refused decision: what the editor typed and what is wrong with it. */
  retry?: { values: ItemEdits; errors: FieldErrors };
}

/** Who brought the item in. */
function sourceText(item: IncomingItem): string {
  if (item.origin === "cms") return NI.incoming.fromCms;
  return item.sourceName ?? NI.incoming.unknownSource;
}

export function NewsItemCard({ item, topics, timeZone, retry }: CardProps) {
  const names = new Map(topics.map((t) => [t.id, t.name]));
  const headingId = `item-${item.id}`;
  return (
    <article class="panel news-item" aria-labelledby={headingId}>
      <h2 id={headingId}>{item.title}</h2>
      {item.urgent ? (
        <p class="tags">
          <Badge kind="warn">{NI.incoming.urgent}</Badge>
        </p>
      ) : null}
      <dl class="facts">
        <dt>{NI.incoming.source}</dt>
        <dd>{sourceText(item)}</dd>
        <dt>{NI.incoming.date}</dt>
        <dd>{formatDateTime(item.publishedAt ?? item.fetchedAt, timeZone)}</dd>
        <dt>{NI.incoming.topics}</dt>
        <dd>{item.topicIds.length === 0 ? NI.incoming.everyone : item.topicIds.map((id) => names.get(id) ?? "—").join(", ")}</dd>
      </dl>
      <p class="news-summary">{item.summary ?? NI.incoming.noSummary}</p>
      <p>
        <a href={item.url} rel="noopener noreferrer" target="_blank">
          {NI.incoming.original}
        </a>
      </p>
      {item.status === "pending_approval" ? (
        <DecisionForm item={item} topics={topics} topicNames={topicNames(item, names)} {...(retry ? { retry } : {})} />
      ) : item.decidedAt ? (
        <p class="muted">{NI.incoming.decided(formatDateTime(item.decidedAt, timeZone))}</p>
      ) : null}
      {item.status === "published" ? <SendState item={item} topicNames={topicNames(item, names)} /> : null}
      {item.status === "skipped" ? (
        <PostForm action={`/console/news/${item.id}`}>
          <p class="hint">{NI.incoming.restoreHint}</p>
          <div class="actions">
            <button type="submit" name="action" value="restore" class="secondary">
              {NI.incoming.restore}
            </button>
          </div>
        </PostForm>
      ) : null}
    </article>
  );
}

/** Who a send reaches, for its confirmation: everyone subscribed, or the subscribers of the item's topics. */
function topicNames(item: IncomingItem, names: Map<string, string>): string {
  return item.topicIds.length === 0 ? NI.incoming.everyoneSubscribed : NI.incoming.topicSubscribers(item.topicIds.map((id) => names.get(id) ?? "—").join(", "));
}

/** An approved item: sent (a link to its figures), or not yet, with the button that sends it now. */
function SendState({ item, topicNames }: { item: IncomingItem; topicNames: string }) {
  if (item.broadcastId) {
    return (
      <p>
        {NI.incoming.sent} <a href={`/console/broadcasts/${item.broadcastId}`}>{NI.incoming.sentFigures}</a>
      </p>
    );
  }
  return (
    <PostForm action={`/console/news/${item.id}`}>
      <p class="hint">{NI.incoming.notSent}</p>
      <div class="actions">
        <button type="submit" name="action" value="send_later" data-confirm={NI.incoming.confirmSend(topicNames)}>
          {NI.incoming.sendLater}
        </button>
      </div>
    </PostForm>
  );
}

function DecisionForm({ item, topics, topicNames, retry }: { item: IncomingItem; topics: Topic[]; topicNames: string; retry?: CardProps["retry"] }) {
  const v: ItemEdits = retry?.values ?? { title: item.title, summary: item.summary ?? "", topicIds: item.topicIds };
  const e = retry?.errors ?? {};
  const id = (field: string) => `${field}-${item.id}`;
  return (
    <PostForm action={`/console/news/${item.id}`}>
      {retry ? (
        <p class="error" role="alert">
          {NI.incoming.fixBelow}
        </p>
      ) : null}
      <details class="action" open={retry !== undefined}>
        <summary>{NI.incoming.edit}</summary>
        <div class={e.title ? "field has-error" : "field"}>
          <label for={id("title")}>{NI.incoming.editTitle}</label>
          {e.title ? <p class="error" id={id("title-error")}>{problemText(e.title)}</p> : null}
          <input id={id("title")} name="title" value={v.title} maxLength={ITEM_TITLE_MAX} aria-invalid={e.title ? "true" : undefined} aria-describedby={e.title ? id("title-error") : undefined} />
        </div>
        <div class={e.summary ? "field has-error" : "field"}>
          <label for={id("summary")}>{NI.incoming.editSummary}</label>
          <p class="hint" id={id("summary-hint")}>
            {NI.incoming.editSummaryHint}
          </p>
          {e.summary ? <p class="error" id={id("summary-error")}>{problemText(e.summary)}</p> : null}
          <textarea id={id("summary")} name="summary" rows={4} maxLength={ITEM_SUMMARY_MAX} aria-describedby={e.summary ? `${id("summary-hint")} ${id("summary-error")}` : id("summary-hint")} aria-invalid={e.summary ? "true" : undefined}>
            {v.summary}
          </textarea>
        </div>
        <fieldset class={e.topicIds ? "field has-error" : "field"}>
          <legend>{NI.incoming.editTopics}</legend>
          <p class="hint">{NI.incoming.editTopicsHint}</p>
          {e.topicIds ? <p class="error">{problemText(e.topicIds)}</p> : null}
          {topics.map((t) => (
            <label class="check">
              <input type="checkbox" name="topicIds" value={t.id} checked={v.topicIds.includes(t.id)} />
              <span>{t.name}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <div class="actions">
        {/* sending reaches citizens at once and skipping drops the item: each asks first (console.js) */}
        <button type="submit" name="action" value="send" data-confirm={NI.incoming.confirmSend(topicNames)}>
          {NI.incoming.send}
        </button>
        <button type="submit" name="action" value="approve" class="secondary">
          {NI.incoming.approve}
        </button>
        <button type="submit" name="action" value="skip" class="secondary" data-confirm={NI.incoming.confirmSkip}>
          {NI.incoming.skip}
        </button>
      </div>
    </PostForm>
  );
}

/** The menu's count of items waiting (nothing when none). */
export function PendingBadge({ count }: { count: number }) {
  if (count === 0) return <></>;
  return (
    <span class="count-badge" title={NI.menu.badge(count)}>
      <span aria-hidden="true">{count > 99 ? "99+" : String(count)}</span>
      <span class="visually-hidden">{NI.menu.badge(count)}</span>
    </span>
  );
}
