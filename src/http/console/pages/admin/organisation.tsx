/**
 * The organisation's profile (/console/admin/organisation): name, phone, address and office hours, which the bot
 * tells citizens (reception contact, "Gặp cán bộ"); the page shows the contact as the bot will write it.
 */
import type { ProfileInput } from "../../../../core/organisation/organisation-settings.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { Field, FormErrors, PageHeader, PostForm, type FieldErrors } from "../../views/ui.js";
import { AD } from "./messages.vi.js";

const BASE = "/console/admin/organisation";

/** The contact block as the bot's messages write it (conversation/messages.vi.ts contactLines). */
function BotPreview({ p }: { p: ProfileInput }) {
  const name = `UBND ${p.name}`.replace(/^UBND (UBND )/u, "$1");
  return (
    <section class="panel" aria-labelledby="bot-preview-h">
      <h2 id="bot-preview-h">{AD.organisation.preview}</h2>
      <pre class="bot-preview">
        {[`📍 ${name}`, p.address ? `Địa chỉ: ${p.address}` : "", p.phone ? `Điện thoại: ${p.phone}` : "", p.officeHours ? `Giờ làm việc: ${p.officeHours}` : ""].filter(Boolean).join("\n")}
      </pre>
    </section>
  );
}

async function profilePage(r: StaffRequest, draft?: ProfileInput, errors?: FieldErrors): Promise<ConsoleResult> {
  const org = await r.services.organisationSettings.profile(r.actor);
  const shown: ProfileInput = draft ?? { name: org.name, phone: org.phone ?? "", address: org.address ?? "", officeHours: org.officeHours ?? "" };
  return page(
    AD.organisation.title,
    <>
      <PageHeader title={AD.organisation.title} lead={AD.organisation.lead} />
      <section class="panel">
        <PostForm action={BASE}>
          <FormErrors errors={errors} />
          <Field name="name" label={AD.organisation.name} hint={AD.organisation.nameHint} value={shown.name} errors={errors} required maxLength={120} />
          <Field name="phone" label={AD.organisation.phone} hint={AD.organisation.phoneHint} type="tel" value={shown.phone} errors={errors} optional maxLength={30} />
          <Field name="address" label={AD.organisation.address} value={shown.address} errors={errors} optional maxLength={250} />
          <Field name="officeHours" label={AD.organisation.officeHours} hint={AD.organisation.officeHoursHint} value={shown.officeHours} errors={errors} optional multiline rows={2} maxLength={300} />
          <button type="submit">{AD.organisation.save}</button>
        </PostForm>
      </section>
      {errors ? null : <BotPreview p={shown} />}
    </>,
    errors ? { status: 422 } : {},
  );
}

export const organisationAdminRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/admin/organisation",
    access: "config.organisation",
    menu: { group: "admin", label: AD.menu.organisation, order: 10, description: AD.menu.organisationAbout },
    handle: (r) => profilePage(r),
  },
  {
    method: "POST",
    path: "/admin/organisation",
    access: "config.organisation",
    async handle(r) {
      const draft: ProfileInput = { name: r.form.text("name"), phone: r.form.text("phone"), address: r.form.text("address"), officeHours: r.form.raw("officeHours") };
      try {
        await r.services.organisationSettings.updateProfile(r.actor, draft);
        return redirect(BASE, "saved");
      } catch (error) {
        if (isAppError(error) && error.fields) return profilePage(r, draft, error.fields);
        throw error;
      }
    },
  },
];
