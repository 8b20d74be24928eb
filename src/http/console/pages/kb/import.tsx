/**
 * Import by upload (/console/kb/import): the file is dry-run first in the background (the page polls its progress
 * with htmx, and refreshes itself without JavaScript), the report is the CLI's (created, updated, unchanged,
 * rejected with each line and why), and only a dry run without rejected lines can be applied.
 */
import type { ImportJob } from "../../../../core/procedures/desk/import-jobs.js";
import { formatNumber } from "../../format.js";
import { T } from "../../messages.vi.js";
import { fragment, page, redirect, type ConsoleRoute } from "../../route.js";
import { ActionButton, Callout, EmptyState, PageHeader, PostForm, TableWrap } from "../../views/ui.js";
import { importReasonVi } from "./import-reasons.vi.js";
import { K } from "./messages.vi.js";

const BASE = "/console/kb/import";
/** The national export of every procedure is about 30 MB. */
const MAX_BYTES = 50 * 1024 * 1024;
const JOB_ID = /^[0-9a-f-]{36}$/i;
const running = (job: ImportJob) => job.state === "reading" || job.state === "writing";

export const importRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/kb/import",
    access: "kb.edit",
    menu: { group: "knowledge", label: K.menu.import, order: 30, description: K.menu.importAbout },
    async handle() {
      return page(
        K.import.title,
        <>
          <PageHeader title={K.import.title} lead={K.import.lead} />
          <PostForm action={BASE} upload class="panel">
            <div class="field">
              <label for="f-file">{K.import.file}</label>
              <p class="hint" id="f-file-hint">
                {K.import.fileHint}
              </p>
              <input id="f-file" type="file" name="file" required accept=".jsonl,.json,.csv,.ndjson,application/json,text/csv" aria-describedby="f-file-hint" />
            </div>
            <button type="submit">{K.import.submit}</button>
          </PostForm>
        </>,
      );
    },
  },
  {
    method: "POST",
    path: "/kb/import",
    access: "kb.edit",
    upload: { field: "file", maxBytes: MAX_BYTES },
    async handle({ services, actor, req }) {
      const file = req.file;
      const job = services.procedureImports.dryRun(actor, safeName(file?.originalname), file?.buffer ?? Buffer.alloc(0));
      return redirect(`${BASE}/${job.id}`);
    },
  },
  {
    method: "GET",
    path: "/kb/import/:jobId",
    access: "kb.edit",
    async handle({ services, actor, params, htmx }) {
      const job = JOB_ID.test(params.jobId!) ? services.procedureImports.get(actor, params.jobId!) : null;
      if (!job) {
        return page(K.import.title, <EmptyState title={K.import.expired} next={K.import.expiredNext} action={{ href: BASE, label: K.import.another }} />, { status: 404 });
      }
      if (htmx) return fragment(<JobPanel job={job} />);
      return page(
        job.dryRun ? K.import.dryRunTitle : K.import.applyTitle,
        <>
          <p>
            <a href={BASE}>← {K.import.title}</a>
          </p>
          <PageHeader title={job.dryRun ? K.import.dryRunTitle : K.import.applyTitle} lead={job.fileName} />
          <JobPanel job={job} />
        </>,
        running(job) ? { refreshSec: 3 } : {},
      );
    },
  },
  {
    method: "POST",
    path: "/kb/import/:jobId/apply",
    access: "kb.edit",
    async handle({ services, actor, params }) {
      const job = services.procedureImports.apply(actor, params.jobId!);
      return redirect(`${BASE}/${job.id}`);
    },
  },
];

/** The uploaded file's name as shown (no path, no control characters). */
function safeName(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  return base.replace(/[\p{C}]/gu, "").slice(0, 120) || "tep-thu-tuc";
}

/** The job's progress while it runs (polled every second), its report when done. */
function JobPanel({ job }: { job: ImportJob }) {
  const live = running(job);
  return (
    <div id="import-job" class="panel" {...(live ? { "hx-get": `${BASE}/${job.id}`, "hx-trigger": "every 1s", "hx-swap": "outerHTML" } : {})}>
      {live ? (
        <>
          <p role="status">{job.state === "writing" ? K.import.writing : K.import.reading}</p>
          <progress max={100} value={job.percent} aria-label={K.import.progress}>
            {job.percent}%
          </progress>
        </>
      ) : job.state === "failed" || !job.report ? (
        <>
          <Callout kind="error">
            <p>{K.import.failed}</p>
            {job.failure ? <p>{importReasonVi(job.failure)}</p> : null}
          </Callout>
          <p>{K.import.failedNext}</p>
          <p>
            <a class="button" href={BASE}>{K.import.another}</a>
          </p>
        </>
      ) : (
        <Report job={job} />
      )}
    </div>
  );
}

function Report({ job }: { job: ImportJob }) {
  const r = job.report!;
  const counts: Array<[string, number]> = [
    [K.import.counts.created, r.created],
    [K.import.counts.updated, r.updated],
    [K.import.counts.unchanged, r.unchanged],
    [K.import.counts.rejected, r.rejected],
    ...(r.skipped > 0 ? [[K.import.counts.skipped, r.skipped] as [string, number]] : []),
  ];
  const changes = r.created + r.updated;
  return (
    <>
      {job.dryRun ? null : <Callout kind="success">{K.import.applied}</Callout>}
      <dl class="facts import-counts">
        {job.format ? (
          <>
            <dt>{K.import.format}</dt>
            <dd>{job.format}</dd>
          </>
        ) : null}
        {counts.map(([label, n]) => (
          <>
            <dt>{label}</dt>
            <dd>{formatNumber(n)}</dd>
          </>
        ))}
      </dl>
      {r.rejections.length > 0 ? (
        <>
          <h2>{K.import.rejectedTitle}</h2>
          <Callout kind="warning">{K.import.rejectedNext}</Callout>
          <TableWrap label={K.import.rejectedTitle}>
            <table class="rejections">
              <thead>
                <tr>
                  <th scope="col" class="num">{K.import.rejectedColumns.line}</th>
                  <th scope="col">{K.import.rejectedColumns.reason}</th>
                </tr>
              </thead>
              <tbody>
                {r.rejections.map((rej) => (
                  <tr>
                    <td class="num">{rej.line}</td>
                    <td>{importReasonVi(rej.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p>
            <a class="button" href={BASE}>{K.import.another}</a>
          </p>
        </>
      ) : job.dryRun ? (
        changes === 0 ? (
          <p>{K.import.nothingToDo}</p>
        ) : (
          <div class="actions">
            <p class="hint">{K.import.applyHint}</p>
            <ActionButton action={`${BASE}/${job.id}/apply`} label={K.import.apply} />
          </div>
        )
      ) : (
        <p class="actions">
          <a class="button" href="/console/kb/procedures">{K.import.toList}</a>
          <a class="button secondary" href={BASE}>{K.import.another}</a>
        </p>
      )}
      {job.dryRun && r.rejections.length === 0 ? (
        <p>
          <a href={BASE}>{T.common.back}</a>
        </p>
      ) : null}
    </>
  );
}
