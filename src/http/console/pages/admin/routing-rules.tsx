/**
 * Routing rules (/console/admin/routing-rules, issue #11 point 6): phrases → department (and category), as data;
 * a new one, editing, switching off and on. RoutingRulesAdmin checks `config.routing` and audits; the router picks
 * the change up within a minute.
 */
import type { Department, FeedbackCategory } from "../../../../core/organisation/ports.js";
import type { RoutingRuleInput, RoutingRuleRow } from "../../../../core/organisation/routing-rules-admin.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { ActionButton, Badge, Callout, Checkbox, EmptyState, Field, FormErrors, PageHeader, PostForm, SelectField, TableWrap, type FieldErrors } from "../../views/ui.js";
import { AD } from "./messages.vi.js";

const BASE = "/console/admin/routing-rules";
const R = AD.routingRules;

const inputOf = (r: StaffRequest): RoutingRuleInput => ({
  kind: r.form.text("kind"),
  phrases: r.form.text("phrases"),
  departmentId: r.form.text("departmentId"),
  categoryId: r.form.text("categoryId"),
  priority: r.form.text("priority"),
  active: r.form.has("active"),
});
const inputFrom = (x: RoutingRuleRow): RoutingRuleInput => ({ ...x, phrases: x.phrases.join("\n"), categoryId: x.categoryId ?? "", priority: String(x.priority) });
const EMPTY: RoutingRuleInput = { kind: "keyword", phrases: "", departmentId: "", categoryId: "", priority: "0", active: true };

interface Choices {
  departments: Department[];
  categories: FeedbackCategory[];
}

function RuleFields({ input, errors, choices }: { input: RoutingRuleInput; errors?: FieldErrors; choices: Choices }) {
  const departments = choices.departments.filter((d) => d.active || d.id === input.departmentId).map((d) => ({ value: d.id, label: d.name }));
  const categories = [{ value: "", label: R.noCategory }, ...choices.categories.filter((c) => c.active || c.id === input.categoryId).map((c) => ({ value: c.id, label: c.name }))];
  const kinds = (["keyword", "place"] as const).map((k) => ({ value: k, label: R.kinds[k] }));
  return (
    <>
      <FormErrors errors={errors} />
      <Field name="phrases" label={R.phrases} hint={R.phrasesHint} value={input.phrases} errors={errors} required multiline rows={3} maxLength={2000} />
      <SelectField name="kind" label={R.kind} hint={R.kindHint} options={kinds} value={input.kind} errors={errors} required />
      <SelectField name="departmentId" label={R.department} options={departments} value={input.departmentId} errors={errors} required />
      <SelectField name="categoryId" label={R.category} options={categories} value={input.categoryId} errors={errors} />
      <Field name="priority" label={R.priority} hint={R.priorityHint} type="number" min={-100} max={100} value={input.priority} errors={errors} />
      <Checkbox name="active" label={R.activeBox} checked={input.active} />
    </>
  );
}

async function choicesOf(r: StaffRequest): Promise<Choices> {
  const [departments, { categories }] = await Promise.all([r.services.departments.list(), r.services.categories.list(r.actor)]);
  return { departments, categories };
}

async function listPage(r: StaffRequest, draft?: RoutingRuleInput, errors?: FieldErrors): Promise<ConsoleResult> {
  const [rules, choices] = await Promise.all([r.services.routingRules.list(r.actor, r.org.id), choicesOf(r)]);
  const departmentName = new Map(choices.departments.map((d) => [d.id, d.name]));
  const categoryName = new Map(choices.categories.map((c) => [c.id, c.name]));
  const canCreate = choices.departments.some((d) => d.active);
  return page(
    R.title,
    <>
      <PageHeader title={R.title} lead={R.lead} />
      {rules.length === 0 ? (
        <EmptyState title={R.empty} next={R.emptyNext} />
      ) : (
        <TableWrap label={R.title}>
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">{R.phrases}</th>
                <th scope="col">{R.department}</th>
                <th scope="col">{R.priority}</th>
                <th scope="col">{R.state}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((x) => (
                <tr>
                  <td data-label={R.phrases}>
                    <a href={`${BASE}/${x.id}`}>{x.phrases.join("; ")}</a>
                    <br />
                    <small class="muted">{R.kinds[x.kind]}</small>
                  </td>
                  <td data-label={R.department}>
                    {departmentName.get(x.departmentId) ?? "—"}
                    {x.categoryId ? (
                      <>
                        <br />
                        <small class="muted">{categoryName.get(x.categoryId) ?? "—"}</small>
                      </>
                    ) : null}
                  </td>
                  <td data-label={R.priority}>{x.priority}</td>
                  <td data-label={R.state}>
                    {x.active ? <Badge kind="ok">{R.active}</Badge> : <Badge kind="off">{R.inactive}</Badge>}{" "}
                    {x.active ? (
                      <ActionButton action={`${BASE}/${x.id}/active`} label={R.deactivate} fields={{ active: "off" }} confirm={R.deactivateConfirm} />
                    ) : (
                      <ActionButton action={`${BASE}/${x.id}/active`} label={R.activate} fields={{ active: "on" }} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <section class="panel" aria-labelledby="new-rule-h">
        <h2 id="new-rule-h">{R.create}</h2>
        {canCreate ? (
          <PostForm action={BASE}>
            <RuleFields input={draft ?? EMPTY} errors={errors} choices={choices} />
            <button type="submit">{R.create}</button>
          </PostForm>
        ) : (
          <Callout kind="info">
            {R.noDepartments} <a href="/console/admin/departments">{AD.menu.departments}</a>
          </Callout>
        )}
      </section>
    </>,
    errors ? { status: 422 } : {},
  );
}

async function editPage(r: StaffRequest, draft?: RoutingRuleInput, errors?: FieldErrors): Promise<ConsoleResult> {
  const rule = await r.services.routingRules.get(r.actor, r.params.id!);
  const choices = await choicesOf(r);
  return page(
    R.edit,
    <>
      <PageHeader title={R.edit} lead={rule.phrases.join("; ")} />
      <section class="panel">
        <PostForm action={`${BASE}/${rule.id}`}>
          <RuleFields input={draft ?? inputFrom(rule)} errors={errors} choices={choices} />
          <button type="submit">{R.save}</button>
        </PostForm>
      </section>
      <p>
        <a href={BASE}>{AD.common.backTo(R.title)}</a>
      </p>
    </>,
    errors ? { status: 422 } : {},
  );
}

export const routingRuleAdminRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/admin/routing-rules",
    access: "config.routing",
    menu: { group: "admin", label: AD.menu.routingRules, order: 27, description: AD.menu.routingRulesAbout },
    handle: (r) => listPage(r),
  },
  {
    method: "POST",
    path: "/admin/routing-rules",
    access: "config.routing",
    async handle(r) {
      const input = inputOf(r);
      try {
        await r.services.routingRules.create(r.actor, r.org.id, input);
        return redirect(BASE, "created");
      } catch (error) {
        if (isAppError(error) && error.fields) return listPage(r, input, error.fields);
        throw error;
      }
    },
  },
  { method: "GET", path: "/admin/routing-rules/:id", access: "config.routing", handle: (r) => editPage(r) },
  {
    method: "POST",
    path: "/admin/routing-rules/:id",
    access: "config.routing",
    async handle(r) {
      const input = inputOf(r);
      try {
        await r.services.routingRules.update(r.actor, r.params.id!, input);
        return redirect(BASE, "saved");
      } catch (error) {
        if (isAppError(error) && error.fields) return editPage(r, input, error.fields);
        throw error;
      }
    },
  },
  {
    method: "POST",
    path: "/admin/routing-rules/:id/active",
    access: "config.routing",
    async handle(r) {
      await r.services.routingRules.setActive(r.actor, r.params.id!, r.form.text("active") === "on");
      return redirect(BASE, "saved");
    },
  },
];
