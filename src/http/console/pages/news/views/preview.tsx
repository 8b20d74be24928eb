/**
 * The compose page's preview: each platform's messages as a recipient will get them (split where sending splits
 * them, buttons under the last part), and how many citizens the announcement reaches now, after quiet hours, in
 * the daily digest, or only at their next message on Zalo. Everything is rendered as text.
 */
import type { AnnouncementPreview, PlatformPreview } from "../../../../../core/news/broadcast-desk.js";
import type { ChannelReach } from "../../../../../core/news/types.js";
import { formatNumber } from "../../../format.js";
import { FIELD_PROBLEMS } from "../../../messages.vi.js";
import { Badge, Callout } from "../../../views/ui.js";
import { CHANNEL_LABELS, N } from "../messages.vi.js";
import { ChannelTable } from "./channel-table.js";
import { imageSrc } from "./image-src.js";

const FIELD_NAMES: Record<string, string> = {
  title: N.compose.heading,
  body: N.compose.body,
  link: N.compose.link,
  topics: N.compose.topics,
  scheduledAt: N.compose.at,
  urgentConfirmed: N.compose.urgent,
  image: N.compose.image,
};

/** The whole preview (the htmx target's content). */
export function PreviewPanel({ preview, showProblems }: { preview: AnnouncementPreview; showProblems: boolean }) {
  const problems = Object.entries(preview.problems).filter(([field]) => field !== "urgentConfirmed");
  return (
    <>
      <h2 id="preview-title">{N.preview.title}</h2>
      <p class="muted">{N.preview.lead}</p>
      {showProblems && problems.length > 0 ? (
        <Callout kind="warning">
          <p>{N.preview.stillWrong}</p>
          <ul>
            {problems.map(([field, code]) => (
              <li>
                {FIELD_NAMES[field] ?? field}: {FIELD_PROBLEMS[code] ?? FIELD_PROBLEMS.invalid}
              </li>
            ))}
          </ul>
        </Callout>
      ) : null}
      <div class="platforms">
        {preview.platforms.map((p) => (
          <PlatformCard platform={p} />
        ))}
      </div>
      <ReachTable reach={preview.reach} />
    </>
  );
}

function PlatformCard({ platform }: { platform: PlatformPreview }) {
  const name = CHANNEL_LABELS[platform.channel] ?? platform.channel;
  const texts = platform.parts.filter((p) => p.kind === "text").length;
  const limit = formatNumber(platform.limit);
  return (
    <article class={`platform platform-${platform.channel}`} aria-label={name}>
      <header class="platform-head">
        <h3>{name}</h3>
        <span class="muted">
          {N.preview.limit(limit)} · {N.preview.parts(platform.parts.length)}
        </span>
        {platform.connected ? null : <Badge kind="off">{N.preview.notConnected}</Badge>}
      </header>
      {platform.connected ? null : <p class="muted small">{N.preview.notConnectedHint}</p>}
      {texts > 1 ? <Callout kind="info">{N.preview.split(name, texts, limit)}</Callout> : null}
      <ol class="bubbles">
        {platform.parts.map((part) =>
          part.kind === "image" ? (
            <li class="bubble bubble-image">
              <img src={imageSrc(part.url)} alt={N.preview.image} loading="lazy" />
            </li>
          ) : (
            <li class="bubble">
              <div class="bubble-text" tabIndex={0}>
                {part.text}
              </div>
              {part.buttons.map((b) => (
                <span class="bubble-button">{b}</span>
              ))}
              <p class="bubble-meta">{N.preview.characters(formatNumber(part.text.length), limit)}</p>
            </li>
          ),
        )}
      </ol>
    </article>
  );
}

const total = (r: ChannelReach) => r.now + r.inDigest + r.atNextMessage;

/** The reach table's rows: a count per channel each (channels are columns, so it fits a phone). */
const REACH_ROWS: Array<[string, (r: ChannelReach) => number]> = [
  [N.preview.reachNow, (r) => r.now],
  [N.preview.reachQuiet, (r) => r.afterQuietHours],
  [N.preview.reachDigest, (r) => r.inDigest],
  [N.preview.reachLater, (r) => r.atNextMessage],
  [N.preview.reachTotal, total],
];

/** Who it reaches, per connected channel. */
export function ReachTable({ reach }: { reach: ChannelReach[] | null }) {
  return (
    <section aria-labelledby="reach-title">
      <h3 id="reach-title">{N.preview.reach}</h3>
      <p class="muted">{N.preview.reachLead}</p>
      {reach === null ? (
        <p>{N.preview.reachPickTopic}</p>
      ) : reach.length === 0 ? (
        <p>{N.preview.reachNoChannel}</p>
      ) : reach.every((r) => total(r) === 0) ? (
        <p>{N.preview.reachNone}</p>
      ) : (
        <ChannelTable label={N.preview.reach} columns={reach} rows={REACH_ROWS} />
      )}
      {reach?.some((r) => r.channel === "zalo") ? <p class="muted small">{N.preview.zaloWindow}</p> : null}
    </section>
  );
}
