/**
 * The overview answer, short enough for a phone screen and an elderly reader: what to bring (the main papers, then
 * "và N giấy tờ khác"), where, how long and how much, each quoted from the record, then the procedure code and the
 * portal link. A part the record has no information on is left out; the full lists are one tap away (the aspect
 * buttons). Nothing is computed or paraphrased into a figure the record does not state.
 */
import { MSG } from "./messages.vi.js";
import { channelFee, oneLine, paperName, papersOf, readableFee, readableTimeLimit } from "./record-text.js";
import type { ProcedureRecord, SubmissionChannel } from "./types.js";

/** Papers named in the overview before "và N giấy tờ khác". */
export const OVERVIEW_PAPERS = 3;
/** Fee conditions shown under the amount before pointing to the fee answer. */
const OVERVIEW_CONDITIONS = 2;
/** The longest line of the overview quoted from a free-text field (the agency, a fee condition). */
const OVERVIEW_LINE_CHARS = 120;
/** The longest fee condition line of the overview. */
const OVERVIEW_CONDITION_CHARS = 100;

/**
 * One value per channel kind, joined: the value alone when every channel that has one agrees, otherwise each
 * value with its channel ("7 Ngày làm việc (nộp trực tiếp); 5 Ngày (nộp trực tuyến)"); null when none has one.
 */
function perChannel(channels: readonly SubmissionChannel[], valueOf: (c: SubmissionChannel) => string | null): string | null {
  const byValue = new Map<string, string[]>();
  for (const channel of channels) {
    const value = valueOf(channel);
    if (!value) continue;
    const labels = byValue.get(value) ?? [];
    const label = MSG.channel[channel.kind];
    if (!labels.includes(label)) labels.push(label);
    byValue.set(value, labels);
  }
  if (byValue.size === 0) return null;
  const labelSets = new Set([...byValue.values()].map((labels) => labels.join(", ")));
  // one value, or values the channels do not tell apart (the record lists one channel kind twice)
  if (byValue.size === 1 || labelSets.size === 1) return [...byValue.keys()].join("; ");
  return [...byValue].map(([value, labels]) => MSG.overview.perChannel(labels.join(", "), value)).join("; ");
}

const present = (text: string | null): string | null => (text && text.trim() ? text.trim() : null);

function feeLines(channels: readonly SubmissionChannel[]): string[] {
  const fees = [...new Set(channels.map((c) => present(channelFee(c))).filter((f): f is string => f !== null))];
  if (fees.length === 0) return [];
  const amount = perChannel(channels, (c) => (present(c.fee) ? readableFee(c.fee ?? "").amount : null));
  const conditions = [...new Set(fees.flatMap((f) => readableFee(f, OVERVIEW_CONDITION_CHARS).conditions))];
  return [MSG.overview.fee(amount ?? ""), ...conditions.slice(0, OVERVIEW_CONDITIONS).map(MSG.overview.condition)];
}

/**
 * Composes the overview of a procedure.
 *
 * @param record - the procedure record (the only source of facts).
 * @returns about ten lines of Vietnamese text.
 */
export function composeOverview(record: ProcedureRecord): string {
  const lines = [MSG.overview.title(record.name)];
  const { papers, others } = papersOf(record.documents);
  if (papers.length + others.length > 0) {
    const main = papers.slice(0, OVERVIEW_PAPERS);
    lines.push(MSG.overview.bring, ...main.map((p) => MSG.overview.paper(paperName(p))));
    const rest = papers.length + others.length - main.length;
    if (rest > 0) lines.push(MSG.overview.morePapers(rest));
  }
  const agency = present(record.agency);
  if (agency) lines.push(MSG.overview.where(oneLine(agency, OVERVIEW_LINE_CHARS)));
  const time = perChannel(record.channels, (c) => (present(c.timeLimit) ? readableTimeLimit(c.timeLimit ?? "") : null));
  if (time) lines.push(MSG.overview.time(time));
  lines.push(...feeLines(record.channels));
  if (lines.length === 1) lines.push(MSG.overview.nothing);
  lines.push("", MSG.code(record.code));
  if (record.sourceUrl) lines.push(MSG.link(record.sourceUrl));
  return lines.join("\n");
}
