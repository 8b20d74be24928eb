/**
 * The compose form and its preview beside it. Typing updates the preview through htmx (the form's fields are
 * posted to the preview route); without JavaScript the "Xem trước" button posts the form and the page comes back
 * with the preview. An urgent announcement comes back once more with a confirmation box before it is sent.
 */
import type { AnnouncementPreview } from "../../../../../core/news/broadcast-desk.js";
import type { Topic } from "../../../../../core/news/types.js";
import { T } from "../../../messages.vi.js";
import { Callout, Checkbox, Field, PostForm, ProblemSummary, problemText, type FieldErrors } from "../../../views/ui.js";
import { N } from "../messages.vi.js";
import { imageSrc } from "./image-src.js";
import { PreviewPanel } from "./preview.js";

/** The form's values as typed (re-shown after a refusal). */
export interface ComposeValues {
  title: string;
  body: string;
  link: string;
  /** The uploaded image's public address, carried between submissions. */
  imageUrl: string | null;
  audience: "all" | "topics";
  topicIds: string[];
  urgent: boolean;
  urgentConfirmed: boolean;
  when: "now" | "later";
  /** As the datetime-local input sends it: "2026-12-05T08:00" in the organisation's time zone. */
  at: string;
}

export const EMPTY_COMPOSE: ComposeValues = { title: "", body: "", link: "", imageUrl: null, audience: "all", topicIds: [], urgent: false, urgentConfirmed: false, when: "now", at: "" };

export interface ComposeProps {
  values: ComposeValues;
  topics: Topic[];
  errors?: FieldErrors;
  preview: AnnouncementPreview | null;
  timeZone: string;
  /** "Xác nhận và gửi" was pressed without ticking the confirmation. */
  confirmMissing?: boolean;
  /** Image upload: off (with the reason shown) when the service has no public address for platforms to fetch. */
  images: { enabled: boolean; maxMb: number };
}

/** The compose page's body. */
export function ComposeForm(p: ComposeProps) {
  const v = p.values;
  const confirming = p.errors?.urgentConfirmed !== undefined;
  const otherErrors = p.errors && Object.keys(p.errors).some((k) => k !== "urgentConfirmed") ? p.errors : undefined;
  return (
    <div class="compose">
      <div class="compose-form">
        {/* a refusal is said at the top, where the page opens; the fields and the confirmation may be screens below */}
        {otherErrors ? (
          <ProblemSummary message={N.compose.notSent} href={`#${FIELD_IDS.find((f) => otherErrors[f.field] !== undefined)?.id ?? "compose"}`} link={N.compose.toFirstProblem} />
        ) : confirming ? (
          <ProblemSummary kind="warning" message={p.confirmMissing ? N.compose.urgentConfirmMissing : N.compose.urgentConfirmNeeded} href="#urgent-confirm" link={N.compose.toConfirm} />
        ) : null}
        <PostForm action="/console/broadcasts/new" id="compose" upload={p.images.enabled}>
          {/* live preview: the fields go to the preview route as the editor types (urlencoded, without the file) */}
          <div hx-post="/console/broadcasts/preview" hx-trigger="input delay:600ms from:#compose, change from:#compose" hx-include="#compose" hx-target="#preview" hx-sync="this:replace" />
          <Field name="title" label={N.compose.heading} hint={N.compose.headingHint} value={v.title} errors={p.errors} maxLength={200} required />
          <Field name="body" label={N.compose.body} hint={N.compose.bodyHint} value={v.body} errors={p.errors} multiline rows={10} required />
          <Field name="link" label={N.compose.link} hint={N.compose.linkHint} value={v.link} errors={p.errors} type="url" optional />
          <ImageField imageUrl={v.imageUrl} images={p.images} errors={p.errors} />
          <fieldset class={p.errors?.topics ? "field has-error" : "field"} id="f-audience">
            <legend>{N.compose.audience}</legend>
            {p.errors?.topics ? <p class="error">{problemText(p.errors.topics)}</p> : null}
            <Radio name="audience" value="all" checked={v.audience === "all"} label={N.compose.everyone} />
            <Radio name="audience" value="topics" checked={v.audience === "topics"} label={N.compose.byTopic} />
            {p.topics.length === 0 ? (
              <p class="hint">{N.compose.noTopics}</p>
            ) : (
              <div class="indent" role="group" aria-label={N.compose.topics}>
                {p.topics.map((t) => (
                  <label class="check">
                    <input type="checkbox" name="topicIds" value={t.id} checked={v.topicIds.includes(t.id)} />
                    <span>{t.name}</span>
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          <div class="field">
            <Checkbox name="urgent" label={N.compose.urgent} hint={N.compose.urgentHint} checked={v.urgent} />
          </div>
          <fieldset class={p.errors?.scheduledAt ? "field has-error" : "field"}>
            <legend>{N.compose.when}</legend>
            <Radio name="when" value="now" checked={v.when === "now"} label={N.compose.now} />
            <Radio name="when" value="later" checked={v.when === "later"} label={N.compose.later} />
            <div class="indent">
              <label for="f-at">{N.compose.at}</label>
              <p class="hint" id="f-at-hint">
                {N.compose.atHint(p.timeZone)}
              </p>
              {p.errors?.scheduledAt ? (
                <p class="error" id="f-at-error">
                  {problemText(p.errors.scheduledAt)}
                </p>
              ) : null}
              <input id="f-at" type="datetime-local" name="at" value={v.at} aria-describedby={p.errors?.scheduledAt ? "f-at-hint f-at-error" : "f-at-hint"} aria-invalid={p.errors?.scheduledAt ? "true" : undefined} />
            </div>
          </fieldset>
          {confirming ? (
            <div class={p.confirmMissing ? "callout error" : "callout warning"} id="urgent-confirm">
              <p>
                <strong>{N.compose.urgentConfirmTitle}</strong>
              </p>
              <p>{N.compose.urgentConfirmBody}</p>
              {p.confirmMissing ? <p class="error">{N.compose.urgentConfirmMissing}</p> : null}
              <Checkbox name="urgentConfirmed" label={N.compose.urgentConfirm} checked={false} />
            </div>
          ) : v.urgent && v.urgentConfirmed ? (
            // confirmed already; the form came back for another field
            <input type="hidden" name="urgentConfirmed" value="on" />
          ) : null}
          <div class="actions">
            {confirming ? (
              <button type="submit" name="action" value="confirm">
                {N.compose.confirmAndSend}
              </button>
            ) : (
              <button type="submit" name="action" value="send" data-label-for="when" data-label-now={N.compose.send} data-label-later={N.compose.scheduleButton}>
                {v.when === "later" ? N.compose.scheduleButton : N.compose.send}
              </button>
            )}
            <button type="submit" name="action" value="preview" class="secondary">
              {N.compose.preview}
            </button>
          </div>
        </PostForm>
      </div>
      <section id="preview" class="compose-preview" aria-labelledby="preview-title">
        {p.preview ? (
          <PreviewPanel preview={p.preview} showProblems={p.errors !== undefined} />
        ) : (
          <>
            <h2 id="preview-title">{N.preview.title}</h2>
            <Callout kind="info">{N.preview.lead}</Callout>
          </>
        )}
      </section>
    </div>
  );
}

/** The element each field's problem is shown at, in the form's order (the summary links to the first). */
const FIELD_IDS = [
  { field: "title", id: "f-title" },
  { field: "body", id: "f-body" },
  { field: "link", id: "f-link" },
  { field: "image", id: "f-image" },
  { field: "topics", id: "f-audience" },
  { field: "scheduledAt", id: "f-at" },
];

function Radio({ name, value, checked, label }: { name: string; value: string; checked: boolean; label: string }) {
  return (
    <label class="check">
      <input type="radio" name={name} value={value} checked={checked} />
      <span>{label}</span>
    </label>
  );
}

/** The image: a file input, the image already uploaded (kept as a hidden field), or why images are off. */
function ImageField({ imageUrl, images, errors }: { imageUrl: string | null; images: ComposeProps["images"]; errors?: FieldErrors }) {
  if (!images.enabled) {
    return (
      <div class="field">
        <p class="label-like">{N.compose.image}</p>
        <p class="hint">{N.compose.imageOff}</p>
      </div>
    );
  }
  const error = problemText(errors?.image);
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for="f-image">
        {N.compose.image} <span class="req">{T.common.optional}</span>
      </label>
      <p class="hint" id="f-image-hint">
        {N.compose.imageHint(images.maxMb)}
      </p>
      {error ? (
        <p class="error" id="f-image-error">
          {error}
        </p>
      ) : null}
      {imageUrl ? (
        <div class="image-kept">
          <input type="hidden" name="imageUrl" value={imageUrl} />
          <img src={imageSrc(imageUrl)} alt={N.compose.image} />
          <p class="hint">{N.compose.imageKept}</p>
          <Checkbox name="removeImage" label={N.compose.imageRemove} checked={false} />
        </div>
      ) : (
        <input id="f-image" type="file" name="image" accept="image/jpeg,image/png" aria-describedby={error ? "f-image-hint f-image-error" : "f-image-hint"} aria-invalid={error ? "true" : undefined} />
      )}
    </div>
  );
}
