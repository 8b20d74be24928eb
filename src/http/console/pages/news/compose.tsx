/**
 * Compose an announcement: the form, its live preview (htmx posts the fields as the editor types), and sending it
 * now or at a time. The form works as a plain POST: "Xem trước" brings the page back with the preview, "Gửi"
 * sends, an urgent announcement asks once for confirmation.
 */
import type { AnnouncementInput } from "../../../../core/news/broadcast-desk.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { parseLocalDateTime } from "../../format.js";
import { fragment, page, redirect, type ConsoleRoute, type FormFields, type StaffRequest } from "../../route.js";
import { PageHeader, type FieldErrors } from "../../views/ui.js";
import { N } from "./messages.vi.js";
import { ComposeForm, EMPTY_COMPOSE, type ComposeValues } from "./views/compose-form.js";
import { PreviewPanel } from "./views/preview.js";

/** The form's fields as typed. */
function readValues(form: FormFields): ComposeValues {
  return {
    title: form.raw("title"),
    body: form.raw("body"),
    link: form.text("link"),
    imageUrl: form.has("removeImage") ? null : form.text("imageUrl") || null,
    audience: form.text("audience") === "topics" ? "topics" : "all",
    topicIds: form.all("topicIds"),
    urgent: form.has("urgent"),
    urgentConfirmed: form.has("urgentConfirmed"),
    when: form.text("when") === "later" ? "later" : "now",
    at: form.text("at"),
  };
}

function toInput(v: ComposeValues, timeZone: string): AnnouncementInput {
  return { ...v, scheduledAt: v.when === "later" ? parseLocalDateTime(v.at, timeZone) : null };
}

/** The compose page with `values`, its preview and, after a refusal, the problems. */
async function composePage(r: StaffRequest, values: ComposeValues, errors?: FieldErrors, status?: number, confirmMissing = false) {
  const { services, actor, org } = r;
  const [topics, preview] = await Promise.all([services.broadcasts.topics(), services.broadcasts.preview(actor, toInput(values, org.timezone))]);
  return page(
    N.compose.title,
    <>
      <PageHeader title={N.compose.title} lead={N.compose.lead} />
      <ComposeForm values={values} topics={topics} errors={errors} preview={preview} timeZone={org.timezone} confirmMissing={confirmMissing} images={services.broadcasts.images()} />
    </>,
    status ? { status } : {},
  );
}

/**
 * Largest upload read at all. The image store's own cap (5 MB) is lower, so an image a little too big comes back
 * on the form with its message; only a far bigger file gets the generic "too large" page.
 */
const UPLOAD_READ_LIMIT = 20 * 1024 * 1024;

/** Stores the file sent with the form, if any. @returns the values with its address, or the image's problem. */
async function withUpload(r: StaffRequest, values: ComposeValues): Promise<{ values: ComposeValues; problem?: string }> {
  const file = (r.req as { file?: { buffer: Buffer } }).file?.buffer;
  if (!file?.length) return { values };
  try {
    return { values: { ...values, imageUrl: await r.services.broadcasts.uploadImage(r.actor, new Uint8Array(file)) } };
  } catch (error) {
    if (isAppError(error) && error.fields?.image) return { values, problem: error.fields.image };
    throw error;
  }
}

export const composeRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/broadcasts/new",
    access: "broadcasts.send",
    menu: { group: "news", label: N.menu.compose, order: 30, description: N.menu.composeAbout },
    handle: (r) => composePage(r, EMPTY_COMPOSE),
  },
  {
    method: "POST",
    path: "/broadcasts/preview",
    access: "broadcasts.send",
    async handle({ services, actor, form, org }) {
      const preview = await services.broadcasts.preview(actor, toInput(readValues(form), org.timezone));
      return fragment(<PreviewPanel preview={preview} showProblems={false} />);
    },
  },
  {
    method: "POST",
    path: "/broadcasts/new",
    access: "broadcasts.send",
    upload: { field: "image", maxBytes: UPLOAD_READ_LIMIT },
    async handle(r) {
      const uploaded = await withUpload(r, readValues(r.form));
      const values = uploaded.values;
      // a refused file: nothing is sent; the form comes back with everything typed and the image's message
      if (uploaded.problem) return composePage(r, values, { image: uploaded.problem }, 422);
      if (r.form.text("action") === "preview") return composePage(r, values);
      try {
        const sent = await r.services.broadcasts.submit(r.actor, toInput(values, r.org.timezone));
        return redirect(`/console/broadcasts/${sent.id}`, values.when === "later" ? "broadcast_scheduled" : sent.recipients === 0 ? "broadcast_nobody" : "broadcast_sent");
      } catch (error) {
        // "Xác nhận và gửi" without the tick: said plainly, not the same box again as if nothing happened
        if (isAppError(error) && error.fields) return composePage(r, values, error.fields, 422, r.form.text("action") === "confirm" && !values.urgentConfirmed);
        throw error;
      }
    },
  },
];
