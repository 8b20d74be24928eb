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
async function composePage(r: StaffRequest, values: ComposeValues, errors?: FieldErrors, status?: number) {
  const { services, actor, org } = r;
  const [topics, preview] = await Promise.all([services.broadcasts.topics(), services.broadcasts.preview(actor, toInput(values, org.timezone))]);
  return page(
    N.compose.title,
    <>
      <PageHeader title={N.compose.title} lead={N.compose.lead} />
      <ComposeForm values={values} topics={topics} errors={errors} preview={preview} timeZone={org.timezone} images={services.broadcasts.images()} />
    </>,
    status ? { status } : {},
  );
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
    async handle(r) {
      const values = readValues(r.form);
      if (r.form.text("action") === "preview") return composePage(r, values);
      try {
        const sent = await r.services.broadcasts.submit(r.actor, toInput(values, r.org.timezone));
        return redirect(`/console/broadcasts/${sent.id}`, values.when === "later" ? "broadcast_scheduled" : "broadcast_sent");
      } catch (error) {
        if (isAppError(error) && error.fields) return composePage(r, values, error.fields, 422);
        throw error;
      }
    },
  },
];
