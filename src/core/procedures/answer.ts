/**
 * Answers composed only from a procedure record: a one-line summary, the aspect asked first, each submission
 * channel's own time limit and fee, where to submit and the national portal link. Empty fields say
 * "chưa có thông tin"; nothing is ever invented. Also the clarifying question and the "not found" answer.
 */
import { MSG } from "./messages.vi.js";
import { composeOverview } from "./overview.js";
import { channelFee, oneLine, readableFee, readableTimeLimit } from "./record-text.js";
import type { ProcedureAspect, ProcedureRecord, SubmissionChannel } from "./types.js";

/** Caps that keep answers short for elderly readers and under Zalo's 2,000 characters. */
export const ANSWER_LIMITS = { documents: 12, steps: 5, itemChars: 220, textChars: 500, totalChars: 1900, label: 60 } as const;

/** One choice of a clarifying question. */
export interface ProcedureChoice {
  code: string;
  /** Short label for a button or a numbered list. */
  label: string;
}

const orNoInfo = (value: string | null): string => (value && value.trim() ? value : MSG.noInfo);

/** Text on one line, cut at the end of a word (record-text.ts). */
const shorten = oneLine;

function cappedList(items: readonly string[], cap: number, noun: string): string[] {
  const lines = items.slice(0, cap).map((item) => `• ${shorten(item, ANSWER_LIMITS.itemChars)}`);
  if (items.length > cap) lines.push(MSG.more(items.length - cap, noun));
  return lines;
}

/** The cases a channel's note names ("… trong thời hạn 03 ngày làm việc với trường hợp cần xác minh; …"). */
const CASES_IN_NOTE = /trường hợp ([^.;:()]{3,80}?)(?=[.;:()]|$)/giu;

function casesOf(channel: SubmissionChannel): string[] {
  return [...(channel.description ?? "").matchAll(CASES_IN_NOTE)].map((m) => (m[1] ?? "").trim()).filter(Boolean);
}

/**
 * The case that tells a channel apart when the record lists its kind several times with different time limits or
 * fees: the first case its note names that the notes of the other entries of that kind do not, quoted from the
 * record; undefined when none does.
 */
function distinguishingCase(channel: SubmissionChannel, channels: readonly SubmissionChannel[]): string | undefined {
  const others = channels.filter((c) => c !== channel && c.kind === channel.kind);
  const terms = (c: SubmissionChannel): string => `${orNoInfo(c.timeLimit)}\u0000${orNoInfo(c.fee)}`;
  if (!others.some((c) => terms(c) !== terms(channel))) return undefined;
  const theirs = new Set(others.flatMap(casesOf).map((c) => c.toLowerCase()));
  return casesOf(channel).find((c) => !theirs.has(c.toLowerCase()));
}

/**
 * Channels grouped when their time limit and fee are the same, so identical lines are not repeated. A channel
 * listed several times with different terms carries the case that tells it apart.
 */
function channelGroups(channels: readonly SubmissionChannel[]): Array<{ label: string; timeLimit: string; fee: string }> {
  const groups = new Map<string, { labels: string[]; cases: Set<string>; timeLimit: string; fee: string }>();
  for (const channel of channels) {
    const timeLimit = channel.timeLimit?.trim() ? readableTimeLimit(channel.timeLimit) : MSG.noInfo;
    const fee = orNoInfo(channelFee(channel));
    const key = `${timeLimit}\u0000${fee}`;
    const group = groups.get(key) ?? { labels: [], cases: new Set<string>(), timeLimit, fee };
    const label = MSG.channel[channel.kind];
    if (!group.labels.includes(label)) group.labels.push(label);
    const when = distinguishingCase(channel, channels);
    if (when) group.cases.add(when);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    const label = g.labels.join(", ");
    return { label: g.cases.size === 1 ? MSG.channelCase(label, [...g.cases][0] ?? "") : label, timeLimit: g.timeLimit, fee: g.fee };
  });
}

function section(aspect: ProcedureAspect | "channels", record: ProcedureRecord): string[] {
  const heading = `▶ ${MSG.heading[aspect]}`;
  const groups = channelGroups(record.channels);
  switch (aspect) {
    case "documents":
      return [heading, ...(record.documents.length ? cappedList(record.documents, ANSWER_LIMITS.documents, MSG.nounDocuments) : [MSG.noInfo])];
    case "steps":
      return [heading, ...(record.steps.length ? cappedList(record.steps, ANSWER_LIMITS.steps, MSG.nounSteps) : [MSG.noInfo])];
    case "fee":
      return [heading, ...(groups.length ? groups.flatMap((g) => feeLines(g.label, g.fee)) : [MSG.noInfo])];
    case "time":
      return [heading, ...(groups.length ? groups.map((g) => MSG.timeLine(g.label, g.timeLimit)) : [MSG.noInfo])];
    case "channels":
      return [heading, ...(groups.length ? groups.map((g) => MSG.channelLine(g.label, g.timeLimit, readableFee(g.fee).amount)) : [MSG.noChannels])];
    case "where":
      return [heading, MSG.agency(orNoInfo(record.agency)), ...(record.submitAt ? [MSG.submitAt(record.submitAt)] : [])];
    case "online": {
      if (record.channels.length === 0) return [heading, MSG.noInfo];
      const online = record.channels.filter((c) => c.kind === "online");
      if (online.length === 0) {
        return [heading, MSG.onlineNotListed([...new Set(record.channels.map((c) => MSG.channel[c.kind]))].join(", "))];
      }
      return [heading, MSG.onlineYes, ...channelGroups(online).map((g) => MSG.channelLine(g.label, g.timeLimit, readableFee(g.fee).amount))];
    }
    case "eligibility":
      return [heading, record.eligibility ? shorten(record.eligibility, ANSWER_LIMITS.textChars) : MSG.noInfo];
    case "result":
      return [heading, record.result ? shorten(record.result, ANSWER_LIMITS.textChars) : MSG.noInfo];
    case "overview":
      return section("documents", record);
  }
}

/** The fee of a channel group: the amount first, then the record's own conditions as short lines. */
function feeLines(label: string, fee: string): string[] {
  const { amount, conditions } = readableFee(fee);
  return [MSG.feeLine(label, amount), ...conditions.map((c) => MSG.overview.condition(c))];
}

/** Whether a section following the asked one has nothing to say (then it is left out). */
function isEmpty(part: ProcedureAspect | "channels", record: ProcedureRecord): boolean {
  if (part === "where") return !record.agency?.trim() && !record.submitAt?.trim();
  if (part === "channels") return record.channels.every((c) => !c.timeLimit?.trim() && !c.fee?.trim());
  return false;
}

/** Which sections follow the asked one (short answers: only what a citizen needs next). */
function followingSections(aspect: ProcedureAspect): Array<ProcedureAspect | "channels"> {
  switch (aspect) {
    case "fee":
    case "time":
    case "online":
      return ["where"];
    case "where":
      return ["channels"];
    default:
      return ["channels", "where"];
  }
}

/**
 * Composes the answer about one aspect of a procedure.
 *
 * @param record - the procedure record (the only source of facts).
 * @param aspect - what the citizen asked; "overview" gives the short overview (src/core/procedures/overview.ts).
 * @returns Vietnamese text, at most {@link ANSWER_LIMITS.totalChars} characters.
 */
export function composeAnswer(record: ProcedureRecord, aspect: ProcedureAspect): string {
  if (aspect === "overview") return composeOverview(record);
  const blocks = [MSG.overview.title(record.name)];
  blocks.push(section(aspect, record).join("\n"));
  for (const part of followingSections(aspect)) if (!isEmpty(part, record)) blocks.push(section(part, record).join("\n"));
  const link = [MSG.code(record.code), ...(record.sourceUrl ? [MSG.link(record.sourceUrl)] : [])].join("\n");
  let body = blocks.join("\n\n");
  const room = ANSWER_LIMITS.totalChars - link.length - 2;
  if (body.length > room) body = `${body.slice(0, room - MSG.seeDetails.length - 2).trimEnd()}${MSG.truncated}\n${MSG.seeDetails}`;
  return `${body}\n\n${link}`;
}

/**
 * A short label for a procedure choice: the name without the "Thủ tục" prefix, cut to fit a button.
 *
 * @param name - official procedure name.
 * @returns the label.
 */
export function choiceLabel(name: string): string {
  return shorten(labelText(name), ANSWER_LIMITS.label);
}

function labelText(name: string): string {
  const bare = name.replace(/^thủ tục\s+/iu, "").replace(/\s+/gu, " ").trim();
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Words of the name kept before "…" when a label must show where two long names part. */
const LABEL_HEAD_WORDS = 4;

/**
 * Labels for the choices of one question. Two long names that differ only after the cut ("… (thực hiện tại cấp
 * tỉnh)" and "… (thực hiện tại cấp xã)") would get the same label; those show their first words, "…", and the words
 * from where the names part.
 */
function choiceLabels(names: readonly string[]): string[] {
  const labels = names.map(choiceLabel);
  return labels.map((label, i) => {
    const twins = names.filter((_, j) => j !== i && labels[j] === label).map((n) => labelText(n).split(" "));
    if (twins.length === 0) return label;
    const words = labelText(names[i] ?? "").split(" ");
    let parted = 0;
    while (parted < words.length && twins.every((t) => t[parted] === words[parted])) parted++;
    if (parted <= LABEL_HEAD_WORDS) return label;
    // from the bracket the parting words are in ("(thực hiện tại cấp tỉnh)"), else from the word before them
    const bracket = words.slice(0, parted).findLastIndex((w, k) => w.startsWith("(") && k >= parted - 4);
    const from = Math.max(bracket >= LABEL_HEAD_WORDS ? bracket : parted - 1, LABEL_HEAD_WORDS);
    return shorten(`${words.slice(0, LABEL_HEAD_WORDS).join(" ")} … ${words.slice(from).join(" ")}`, ANSWER_LIMITS.label);
  });
}

/**
 * The clarifying question when several procedures fit (up to 4 choices).
 *
 * @param candidates - procedures to offer, best first.
 * @returns the text (numbered list) and the choices.
 */
export function composeClarify(candidates: ReadonlyArray<Pick<ProcedureRecord, "code" | "name">>): {
  text: string;
  choices: ProcedureChoice[];
} {
  const shown = candidates.slice(0, 4);
  const labels = choiceLabels(shown.map((c) => c.name));
  const choices = shown.map((c, i) => ({ code: c.code, label: labels[i] ?? choiceLabel(c.name) }));
  const text = [MSG.clarifyQuestion, ...choices.map((c, i) => MSG.clarifyChoice(i + 1, c.label))].join("\n");
  return { text, choices };
}

/** The answer when no procedure fits: suggest rephrasing and offer a person. */
export function composeNotFound(): string {
  return MSG.notFound;
}
