/**
 * Procedure-change alerts: after an import, each active procedure whose citizen-facing content changed, and each one
 * that was deactivated, is told to the citizens who asked about it in the last 90 days and opted in (the audience
 * of a `procedure_alert` broadcast). The alert says what changed (fee, time limit, documents, …). Its dedupe key
 * names the procedure's new content, so one change is told once however often the file is imported again.
 */
import { procedureContentHash } from "../procedures/import/content-hash.js";
import type { ProcedureRecord } from "../procedures/types.js";
import type { BroadcastService } from "./broadcast-service.js";
import { NEWS_MSG } from "./messages.vi.js";
import { CHANGE_LABELS } from "./procedure-alert-texts.vi.js";

/** What an import did to one procedure, as citizens are told. */
export interface ProcedureChange {
  code: string;
  name: string;
  kind: "changed" | "removed";
  /** What changed, in words ("lệ phí: 50.000 đồng → 70.000 đồng"); empty for a removal. */
  changes: string[];
  /** Identifies this version of the procedure (its content hash): one alert per version. */
  version: string;
}

/**
 * The changes between the active procedures before and after an import. A procedure whose only changes are
 * invisible to citizens (search keywords, the portal link) is not a change.
 */
export function procedureChanges(before: readonly ProcedureRecord[], after: readonly ProcedureRecord[]): ProcedureChange[] {
  const now = new Map(after.map((r) => [r.code, r]));
  const out: ProcedureChange[] = [];
  for (const old of before) {
    const current = now.get(old.code);
    if (!current) {
      out.push({ code: old.code, name: old.name, kind: "removed", changes: [], version: `removed:${procedureContentHash(old)}` });
      continue;
    }
    const changes = describeChanges(old, current);
    if (changes.length > 0) out.push({ code: old.code, name: current.name, kind: "changed", changes, version: procedureContentHash(current) });
  }
  return out;
}

const join = (values: ReadonlyArray<string | null>) => [...new Set(values.filter((v): v is string => Boolean(v && v.trim())).map((v) => v.trim()))].join("; ");
const LONG = 80;

/** "lệ phí: A → B" for short values, "thành phần hồ sơ (thêm 1, bỏ 2)" for lists, the field's name otherwise. */
function describeChanges(a: ProcedureRecord, b: ProcedureRecord): string[] {
  const out: string[] = [];
  const scalar = (label: string, x: string, y: string) => {
    if (x === y) return;
    out.push(x && y && x.length <= LONG && y.length <= LONG ? `${label}: ${x} → ${y}` : label);
  };
  const list = (label: string, x: readonly string[], y: readonly string[]) => {
    if (JSON.stringify(x) === JSON.stringify(y)) return;
    const added = y.filter((v) => !x.includes(v)).length;
    const removed = x.filter((v) => !y.includes(v)).length;
    out.push(added || removed ? `${label} (${[added ? CHANGE_LABELS.added(added) : "", removed ? CHANGE_LABELS.removed(removed) : ""].filter(Boolean).join(", ")})` : label);
  };
  scalar(CHANGE_LABELS.name, a.name, b.name);
  scalar(CHANGE_LABELS.fee, join(a.channels.map((c) => c.fee)), join(b.channels.map((c) => c.fee)));
  scalar(CHANGE_LABELS.timeLimit, join(a.channels.map((c) => c.timeLimit)), join(b.channels.map((c) => c.timeLimit)));
  list(CHANGE_LABELS.channels, a.channels.map((c) => c.kind), b.channels.map((c) => c.kind));
  list(CHANGE_LABELS.documents, a.documents, b.documents);
  list(CHANGE_LABELS.steps, a.steps, b.steps);
  scalar(CHANGE_LABELS.submitAt, join([a.agency, a.submitAt]), join([b.agency, b.submitAt]));
  scalar(CHANGE_LABELS.eligibility, a.eligibility ?? "", b.eligibility ?? "");
  scalar(CHANGE_LABELS.result, a.result ?? "", b.result ?? "");
  list(CHANGE_LABELS.legalBasis, a.legalBasis, b.legalBasis);
  return out;
}

/** Creates the alert broadcasts of an import's changes. */
export class ProcedureAlerts {
  constructor(
    private readonly broadcasts: Pick<BroadcastService, "create">,
    private readonly orgId: string,
  ) {}

  /**
   * One broadcast per change (skipped when the same version was told before), started at once.
   *
   * @returns how many alerts were created now and how many citizens they go to.
   */
  async announce(changes: readonly ProcedureChange[]): Promise<{ alerts: number; recipients: number }> {
    let alerts = 0;
    let recipients = 0;
    for (const c of changes) {
      const removed = c.kind === "removed";
      const title = (removed ? NEWS_MSG.procedureRemoved(c.name) : NEWS_MSG.procedureChanged(c.name)).slice(0, 200);
      const { created, recipients: n } = await this.broadcasts.create({
        orgId: this.orgId,
        kind: "procedure_alert",
        title,
        body: removed ? NEWS_MSG.procedureRemovedBody : NEWS_MSG.procedureChangedBody(c.changes),
        topicIds: [],
        procedureCode: c.code,
        urgent: false,
        dedupeKey: `procedure:${c.code}:${c.version}`,
        createdVia: "import",
      });
      if (created) {
        alerts++;
        recipients += n ?? 0;
      }
    }
    return { alerts, recipients };
  }
}
