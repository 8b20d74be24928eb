/**
 * Emergency detection over the vocabulary in lexicon.vi.ts. A message is an emergency when it names a situation
 * (fire, someone not breathing, a fallen power line…) as something happening, or calls for help. The rules, in
 * the order they apply:
 *  - a look-alike ("phòng cháy chữa cháy", "hiến máu", "cắt điện") hides the situation words inside it;
 *  - a call for help ("cứu với", "gọi 115 giúp", "cứu" as a clause of its own) is an emergency by itself, unless the
 *    message laughs (a cry quoted in a joke or a story);
 *  - a condition or a plan ("nếu có cháy thì…", "trường hợp bị điện giật…", "khi nào thì gọi 115") hides what is
 *    named after it, unless a sign of "now" stands beside it (a cry for help is never hidden);
 *  - a situation signal ("bốc cháy", "ngừng thở") is one, unless the message is about paperwork, a request to
 *    the ward or the past ("giấy chứng tử", "hỗ trợ nhà bị sập", "tối qua có đánh nhau") with no sign of "now"
 *    beside the signal; a change of subject ("à khoan", "mà các chú ơi", "nhưng vừa…") ends what was asked
 *    before it, and a "giờ", "đang" or "tự nhiên" speaks of what follows it; a question asked in an earlier sentence
 *    ("cho em hỏi làm căn cước ở đâu.") does not frame a later sentence that names the harm twice over;
 *  - a situation hint ("cháy", "khói") is one only beside a sign of "now", in a message of a few words, beside
 *    another situation (two hints confirm each other) or beside a consequence ("không xuống được", "gọi không
 *    thưa"), and never beside paperwork;
 *  - a nuisance ("đốt rác", "nẹt pô") hides the situation words of its own kind unless it has got out of hand
 *    ("cháy lan sang…"); a near miss ("suýt") hides the few words after it; other dangers beside them stand
 *    ("đua xe rồi chém nhau").
 * When the vocabulary finds nothing, a learnt reader (learnt-model.ts) weighs the whole message against the
 * project's own labelled emergencies and look-alikes: wording the vocabulary does not name ("khói đen phụt ra từ khe
 * cửa") is still an emergency when the reader is sure enough (LEARNT_THRESHOLD), with the number it reads.
 * Pure and fast: every private text message passes through it before anything else.
 */
import {
  AFTER_NOW_WORDS,
  ASKING_FRAMES,
  ATTACKERS_GONE,
  FIRE_OUT,
  PLAY_FRAMES,
  CONSEQUENCES,
  CONTEXT_MARKERS,
  CONTEXT_IN_EVENT,
  EMERGENCY_SHORTHANDS,
  ESCALATIONS,
  EMERGENCY_SITUATIONS,
  HELP_ALONE,
  HELP_CALLS,
  HYPOTHETICALS,
  INTENSIFIERS,
  LAUGHTER,
  LOOK_ALIKES,
  LOOK_ALIKES_WITHIN_CLAUSE,
  MISREADINGS,
  NEAR_MISS_WORDS,
  LAUGHING_EMOTICONS,
  NOT_NOW_MARKERS,
  NOW_BEFORE_MARKERS,
  NOW_MARKERS,
  NUISANCES,
  SERVICE_CALLS,
  THREAT_FRAMES,
  TURN_MARKERS,
  type EmergencyService,
  type EmergencySituationId,
} from "./lexicon.vi.js";
import { LearntEmergencyReader } from "./learnt-model.js";
import { LEARNT_EMERGENCY_MODEL } from "./learnt-model.gen.js";
import { PhraseSet, vocabularyOf, wordsOfMessage, type PhraseMatch } from "./phrase-matcher.js";

/** What was recognised in an emergency message. */
export interface Emergency {
  /** Situations named, in the order they appear; empty for a bare call for help. */
  situations: EmergencySituationId[];
  /** Numbers to call first, most pressing first (at most two); empty: give the general list only. */
  services: EmergencyService[];
  /** Set when the vocabulary named nothing and the learnt reader found an emergency: its probability. */
  learnt?: number;
}

/**
 * How sure the learnt reader must be. Chosen on three sets written apart, each read by the vocabulary as it stood
 * before anyone had read the set and by a reader trained without it: at 0.7 it found 5 to 10 more of 140
 * emergencies per set (0.65: one more in all three) and no more false alarms among their 180 look-alikes or the
 * 344 questions and reports of the measure; 0.65 also took a calm report of a foaming ditch for one
 * (README, "Learnt readers (2026-12-05 afternoon)").
 */
export const LEARNT_THRESHOLD = 0.7;
const LEARNT = new LearntEmergencyReader(LEARNT_EMERGENCY_MODEL);

/** Words around a situation searched for a sign of "now". */
const NOW_WINDOW = 3;
/** A message of at most this many words is read as a shout ("cháy!", "khói quá"). */
const SHORT_MESSAGE = 4;
/** Longest text examined (a pasted document is not a shout for help; its start is enough). */
const MAX_WORDS = 120;

interface CompiledSituation {
  id: EmergencySituationId;
  leads: readonly EmergencySituationId[];
  services: readonly EmergencyService[];
  signals: PhraseSet;
  hints: PhraseSet;
}

/** Regional spellings are read beside a word typed exactly (phrase-matcher.ts). */
const TOLERANT = { regional: true };

const SITUATIONS: CompiledSituation[] = EMERGENCY_SITUATIONS.map((s) => ({
  id: s.id,
  leads: s.leads ?? [],
  services: s.services,
  signals: new PhraseSet(s.signals, TOLERANT),
  hints: new PhraseSet(s.hints ?? [], TOLERANT),
}));
const HELP = new PhraseSet(HELP_CALLS, TOLERANT);
const CALLS = new PhraseSet(SERVICE_CALLS, TOLERANT);
const HELP_ONLY = new PhraseSet(HELP_ALONE, TOLERANT);
const IF = new PhraseSet(HYPOTHETICALS, TOLERANT);
const NOW = new PhraseSet(NOW_MARKERS, TOLERANT);
const NOT_NOW = new PhraseSet(NOT_NOW_MARKERS, { ...TOLERANT, withinClause: true });
const NOW_BEFORE = new PhraseSet(NOW_BEFORE_MARKERS, TOLERANT);
const TURN = new PhraseSet(TURN_MARKERS, TOLERANT);
const THREAT = new PhraseSet(THREAT_FRAMES, TOLERANT);
const INTENSE = new PhraseSet(INTENSIFIERS, TOLERANT);
const LAUGH = new PhraseSet(LAUGHTER, TOLERANT);
const PLAY = new PhraseSet(PLAY_FRAMES, TOLERANT);
const ASKING = new PhraseSet(ASKING_FRAMES, TOLERANT);
const CONTEXT = new PhraseSet(CONTEXT_MARKERS, { ...TOLERANT, withinClause: true });
const IN_EVENT = new PhraseSet(CONTEXT_IN_EVENT, { ...TOLERANT, withinClause: true });
const CONSEQUENCE = new PhraseSet(CONSEQUENCES, TOLERANT);
const NUISANCE = NUISANCES.map((n) => ({ markers: new PhraseSet(n.markers, TOLERANT), explains: n.explains }));
const LOOKS = new PhraseSet(LOOK_ALIKES);
const LOOKS_IN_CLAUSE = new PhraseSet(LOOK_ALIKES_WITHIN_CLAUSE, { withinClause: true });
const MISREAD = MISREADINGS.map((r) => ({ markers: new PhraseSet(r.markers, TOLERANT), hides: r.hides }));
const ESCALATE = new PhraseSet(ESCALATIONS, TOLERANT);
const GONE = new PhraseSet(ATTACKERS_GONE, TOLERANT);
const OUT = new PhraseSet(FIRE_OUT, TOLERANT);
/** Harms to a body: the medics' work, which leads the police's once the attackers are gone. */
const BODILY: ReadonlySet<EmergencySituationId> = new Set(["injury", "unconscious", "breathing", "medical"]);
/**
 * The tolerant sets above in two groups, each read once for all of its sets (the look-alikes are exact): what names
 * an emergency (a situation's signals and hints, a call for help), and what frames it (now, the past, a condition,
 * laughter…). A message that names nothing needs no framing read when the vocabulary alone decides.
 */
const NAMING: readonly PhraseSet[] = [...SITUATIONS.flatMap((s) => [s.signals, s.hints]), HELP, CALLS, HELP_ONLY];
const FRAMING: readonly PhraseSet[] = [IF, NOW, NOW_BEFORE, TURN, NOT_NOW, THREAT, INTENSE, LAUGH, PLAY, ASKING, CONTEXT, IN_EVENT, CONSEQUENCE, ...NUISANCE.map((n) => n.markers), ...MISREAD.map((r) => r.markers), ESCALATE, GONE, OUT];
const NAMES = new PhraseSet(NAMING.flatMap((set) => set.phrases), TOLERANT);
const FRAMES = new PhraseSet(FRAMING.flatMap((set) => set.phrases), TOLERANT);
const KNOWN = vocabularyOf([...SITUATIONS.flatMap((s) => [s.signals, s.hints]), HELP, CALLS, HELP_ONLY, IF, NOW, NOW_BEFORE, TURN, NOT_NOW, THREAT, INTENSE, LAUGH, PLAY, ASKING, CONTEXT, IN_EVENT, CONSEQUENCE, ...NUISANCE.map((n) => n.markers), LOOKS, LOOKS_IN_CLAUSE, ESCALATE, GONE, OUT]);

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How many of the matches stand apart from each other (the most that do not overlap: earliest end first). */
function separateCount(matches: readonly PhraseMatch[]): number {
  const apart: PhraseMatch[] = [];
  for (const m of [...matches].sort((a, b) => a.end - b.end)) if (!apart.some((a) => overlaps(a, m))) apart.push(m);
  return apart.length;
}

function near(match: PhraseMatch, markers: readonly PhraseMatch[]): boolean {
  return markers.some((m) => !overlaps(m, match) && m.end > match.start - NOW_WINDOW && m.start < match.end + NOW_WINDOW);
}

/**
 * Reads a message for an emergency.
 *
 * @param text - the citizen's message, as typed.
 * @param options - `vocabularyOnly`: leave the learnt reader out (a reading from the wording alone, as the
 *   feedback's urgency wants: its own learnt model weighs the rest).
 * @returns the situations and numbers, or null when the message is not an emergency.
 */
export function detectEmergency(text: string, options: { vocabularyOnly?: boolean } = {}): Emergency | null {
  // a shout drawn out at its end ("CHÁYYYY") is the word; "kkk" stays laughter and "cccd" an abbreviation
  const squeezed = text.replace(/(\p{L})\1{2,}(?!\p{L})/gu, (run, letter: string) => (letter.toLowerCase() === "k" ? run : letter));
  const words = wordsOfMessage(withoutContractions(squeezed).replace(LAUGHING_EMOTICONS, " haha "), KNOWN, EMERGENCY_SHORTHANDS, { typos: true, asTyped: true }).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const named = NAMES.grouped(words, NAMING);
  // (with nothing named, no situation is found and there is no cry for help: only the learnt reader could speak)
  if (options.vocabularyOnly && [...named.values()].every((m) => m.length === 0)) return null;
  const read = new Map([...named, ...FRAMES.grouped(words, FRAMING)]);
  const matchesOf = (set: PhraseSet): PhraseMatch[] => read.get(set) ?? [];
  const wholeLookAlikes = LOOKS.matches(words);
  const lookAlikes = [...wholeLookAlikes, ...LOOKS_IN_CLAUSE.matches(words)];
  // … and a paperwork or past word inside the event itself is neither ('giữ giấy tờ không cho về', 'đi theo suốt từ chợ')
  const eventAt = [...lookAlikes, ...matchesOf(IN_EVENT)];
  // (a message that laughs tells a joke or a story: its laughter frames it as the past does)
  // … and so does one that plays (a game, a film, a drill)
  const laughter = [...matchesOf(LAUGH), ...matchesOf(PLAY)];
  // (a look-alike of play, "game bắn súng", is play still)
  const contextAt = [...matchesOf(CONTEXT).filter((m) => !eventAt.some((l) => overlaps(l, m))), ...laughter];
  // a sign of "now" inside a phrase of the past is part of it ("năm kia" is not "kìa")
  // … and so is one that is another word typed without marks ("2 ngay rồi" is "2 ngày", not "ngay")
  // … or inside a look-alike ("số khẩn cấp" names a number)
  const notNow = [...contextAt, ...lookAlikes, ...matchesOf(NOT_NOW)];
  const now = matchesOf(NOW).filter((m) => !notNow.some((c) => overlaps(c, m)));
  // "giờ" speaks of what follows it only ("hết từ tối qua, giờ con thở rít")
  const nowBefore = matchesOf(NOW_BEFORE).filter((m) => !notNow.some((c) => overlaps(c, m)));
  // … and of what follows it, when nothing after it is paperwork, the past or a matter settled ("tối qua ba đau
  // đầu … sáng nay … mặt lệch hẳn sang một bên"; not "sáng nay bà bị xỉu nhưng giờ ổn rồi")
  const afterNow = (m: PhraseMatch): boolean =>
    nowBefore.some((b) => b.end <= m.start && m.start - b.end < AFTER_NOW_WORDS && !contextAt.some((c) => c.start >= b.end));
  const nearNow = (m: PhraseMatch): boolean => near(m, now) || afterNow(m);
  // what follows a condition or a plan is asked about, not happening ("nếu có cháy thì gọi số nào"); a threat's
  // own condition is not ("dọa nếu không đưa tiền thì sẽ giết vợ con")
  const threats = matchesOf(THREAT);
  const conditionAt = matchesOf(IF).find((m) => !threats.some((t) => t.end <= m.start && t.end > m.start - NOW_WINDOW))?.end;
  // … until the message turns to something else ("khi nào phát tiền hỗ trợ? Mà các anh qua ngay, giếng sụt…")
  const turns = matchesOf(TURN);
  const asked = (m: PhraseMatch): boolean => conditionAt !== undefined && m.start >= conditionAt && !nearNow(m)
    && !turns.some((t) => t.start >= conditionAt && t.end <= m.start);
  // a look-alike hides the words it overlaps, unless a phrase names it as one of its own words ("ngập quá (…|đầu
  // gối)" is read as written; the "ngập quá đầu" inside it is not)
  // (or holds it inside one of its words: "chạy xe theo" spells the "chạy xe" that alone is no fire)
  const spells = (m: PhraseMatch, l: PhraseMatch): boolean =>
    m.start <= l.start && l.end <= m.end &&
    m.phrase.slots.some((slot) => slot.kind === "words" &&
      slot.alternatives.some((alt) => alt.length >= l.end - l.start && alt.some((_, at) => at + l.end - l.start <= alt.length
        && words.slice(l.start, l.end).every((w, k) => alt[at + k]?.folded === w.folded))));
  const free = (m: PhraseMatch): boolean => !lookAlikes.some((l) => overlaps(l, m) && !spells(m, l)) && !asked(m);
  // "cứu" as a clause of its own ("ck e đánh e, cứu") is a cry, as the whole message would be
  const clauseAlone = (m: PhraseMatch): boolean =>
    (m.start === 0 || words[m.start]?.clauseStart === true) && (m.end === words.length || words[m.end]?.clauseStart === true);
  // … and a cry told with a laugh or in a game is quoted from a story, not made
  // (the "cứu người" of "sơ cứu người", first aid, is no cry: "làm thế nào để sơ cứu người bị điện giật"; a street's
  // name before "cứu với" is still one: "ngõ Văn Sở cứu với")
  // ("sơ cấp cứu người" as well)
  const firstAid = (m: PhraseMatch): boolean => words[m.start]?.folded === "cuu"
    && (words[m.start - 1]?.folded === "so" || (words[m.start - 1]?.folded === "cap" && words[m.start - 2]?.folded === "so"))
    && ["nguoi", "cho", "nan"].includes(words[m.start + 1]?.folded ?? "");
  const help = laughter.length === 0 &&
    (matchesOf(HELP).some((m) => !lookAlikes.some((l) => overlaps(l, m)) && !firstAid(m))
      || matchesOf(CALLS).some(free) || matchesOf(HELP_ONLY).some(clauseAlone));
  // (laughter frames the message wherever it stands, after a condition too: "… giết mày nếu mày ăn mất cái bánh haha")
  const framing = (c: PhraseMatch): boolean => free(c) || laughter.includes(c);
  const context = contextAt.filter(framing).length > 0;
  // paperwork or the past told before a change of subject ("cho hỏi làm lại CCCD… à khoan, bình ga đang xì") does not
  // frame what follows the change
  const turnedFrom = (c: PhraseMatch, m: PhraseMatch): boolean => turns.some((t) => t.start >= c.end && t.end <= m.start);
  const contextFor = (m: PhraseMatch): boolean => context && contextAt.some((c) => framing(c) && !turnedFrom(c, m) && !askedBefore(c, m));
  const contextLast = context && contextAt.some((c) => framing(c) && !turns.some((t) => t.start >= c.end));
  const lifted = [...now, ...matchesOf(INTENSE).filter((m) => !contextAt.some((c) => overlaps(c, m)))];
  // a nuisance that spreads ("đốt rác cháy lan sang…") is no longer a nuisance
  const escalated = matchesOf(ESCALATE).filter(free).length > 0;
  const nuisances = NUISANCE.map((n) => ({ at: matchesOf(n.markers), explains: n.explains })).filter((n) => n.at.length > 0);
  const nuisance = nuisances.length > 0 && !escalated;
  const explained = (id: EmergencySituationId, m: PhraseMatch): boolean =>
    nuisance &&
    nuisances.some((n) =>
      n.explains === "after" ? n.at.some((x) => m.start >= x.end && m.start < x.end + NEAR_MISS_WORDS) : n.explains.includes(id),
    );
  const short = words.length <= SHORT_MESSAGE;
  // words of one situation that are part of a phrase meaning another thing ("giật điện thoại" is no electric shock)
  const misread = MISREAD.flatMap((r) => matchesOf(r.markers).map((at) => ({ at, hides: r.hides })));
  const readAs = (id: EmergencySituationId) => (m: PhraseMatch): boolean =>
    free(m) && !misread.some((r) => r.hides.includes(id) && overlaps(r.at, m));
  // each situation's signals as read (once: the rules below look at them several times)
  const signalsOf = new Map(SITUATIONS.map((s) => [s, matchesOf(s.signals).filter(readAs(s.id))]));
  // … and its hints, without those lying inside another situation's signal: the "té xuống" of "té xuống mương" is
  // the fall into the water, not someone collapsing
  const insideOther = (situation: CompiledSituation, m: PhraseMatch): boolean =>
    SITUATIONS.some((s) => s !== situation && (signalsOf.get(s) ?? []).some((x) => x.start <= m.start && m.end <= x.end && x.end - x.start > m.end - m.start));
  const hintsOf = new Map(SITUATIONS.map((s) => [s, matchesOf(s.hints).filter((m) => readAs(s.id)(m) && !insideOther(s, m))]));

  // a question asked in an earlier sentence does not frame a later one that names the harm twice over, or the harm
  // and what it does ("cho hỏi làm căn cước ở đâu. … thấy ông nằm sõng soài, người lạnh ngắt, lay không cử động")
  const sentenceOf: number[] = [];
  words.forEach((w, k) => sentenceOf.push((sentenceOf[k - 1] ?? 0) + (w.sentenceStart ? 1 : 0)));
  const askingIn = new Set(matchesOf(ASKING).map((m) => sentenceOf[m.start]));
  const consequences = matchesOf(CONSEQUENCE).filter(free);
  const harms = SITUATIONS.flatMap((s) => [...(signalsOf.get(s) ?? []), ...(hintsOf.get(s) ?? [])]);
  const toldTwice = (sentence: number | undefined): boolean =>
    separateCount(harms.filter((h) => sentenceOf[h.start] === sentence)) >= 2 || consequences.some((c) => sentenceOf[c.start] === sentence);
  function askedBefore(c: PhraseMatch, m: PhraseMatch): boolean {
    const asked = sentenceOf[c.start] ?? 0;
    return asked < (sentenceOf[m.start] ?? 0) && askingIn.has(asked) && toldTwice(sentenceOf[m.start]);
  }

  // a sign of "now" does not bring back a story framed as the past or a question when the attackers are gone or
  // caught ("hôm qua … đuổi chém, công an đã bắt rồi, cho hỏi tôi có phải làm nhân chứng": no violence going on,
  // however lively its words), nor when the story is told laughing or played ("lol vừa xem clip ông kia bị điện giật")
  const gone = matchesOf(GONE).some(free);
  const over = (situation: CompiledSituation): boolean => gone && situation.id === "violence";
  const found: Array<{ situation: CompiledSituation; at: number; ongoing?: boolean }> = [];
  for (const situation of SITUATIONS) {
    const signal = (signalsOf.get(situation) ?? [])
      .find((m) => help || (!explained(situation.id, m) && (!contextFor(m) || (nearNow(m) && !over(situation) && laughter.length === 0))));
    const hint = signal
      ? undefined
      : (hintsOf.get(situation) ?? [])
          .find((m) => help || (!explained(situation.id, m) && !contextFor(m) && (short || near(m, lifted))));
    const at = signal ?? hint;
    if (at) found.push({ situation, at: at.start, ongoing: signal !== undefined && near(signal, now) });
  }
  // a hint beside another situation is confirmed by it ("nha … chay" + "chưa ra được": two hints, one event)
  // … and two separate hints of one situation confirm each other too ("mùi khét" and "khói tràn ra")
  const hinted = SITUATIONS.filter((s) => !found.some((f) => f.situation === s))
    .map((situation) => ({ situation, all: (hintsOf.get(situation) ?? []).filter((m) => !explained(situation.id, m)) }))
    .map((h) => ({ situation: h.situation, all: h.all, hint: h.all[0], separate: separateCount(h.all) }))
    .filter((h) => h.hint !== undefined);
  // (one phrase read by two situations is one piece of evidence: "tai nạn xe" is not two)
  const hintCount = separateCount(hinted.flatMap((h) => h.all));
  // … and so does a consequence apart from it: a hazard or a bodily state, and what it does to someone now
  // ("khói … không xuống được", "mặt trắng bệch … gọi không thưa", "nước ngập tới bụng … không đi được")
  // … and beside paperwork or the past only when the hints follow a "giờ" and a consequence frames them ("hết từ
  // tối qua, giờ con thở rít, môi tái, nói không thành câu")
  for (const h of hinted) {
    const framed = consequences.some((c) => h.all.every((m) => !overlaps(c, m)));
    // (two separate hints after a "giờ" confirm each other there too: "giờ chỉ thấy đôi dép trên bờ, mặt nước còn gợn")
    // (… and so does the situation's own signal told before, framed as the past, when a hint after the "giờ" says it
    // goes on: "hồi nãy tụi nó rút dao ra bắt đưa hết tiền, giờ tụi nó còn đứng trong tiệm lục tủ")
    const toldBefore = (signalsOf.get(h.situation) ?? []).some((s) => h.all.every((m) => !overlaps(s, m) && s.end <= m.start));
    const confirmed = !contextFor(h.hint!) ? found.length + hintCount >= 2 || framed : (framed || h.separate >= 2 || toldBefore) && h.all.some(afterNow);
    if (h.hint && confirmed) found.push({ situation: h.situation, at: h.hint.start });
  }
  // a bare call for help beside a request to the ward is a figure of speech ("mong phường cứu dân với")
  if (found.length === 0) {
    // (… and so is one beside a look-alike of the whole message, or one that took a danger's words: "điện thoại sắp
    // chết rồi, cứu", "cửa hàng em cháy hàng rồi, cứu với"; not a supply cut beside it: "mất nước 4 ngày, mẹ nằm
    // liệt… xin cứu giúp")
    const namedHarms = SITUATIONS.flatMap((s) => [...matchesOf(s.signals), ...matchesOf(s.hints)]);
    const figurative = wholeLookAlikes.length > 0 || lookAlikes.some((l) => namedHarms.some((m) => overlaps(l, m)));
    if (help && !contextLast && !nuisance && !figurative) return { situations: [], services: [] };
    // the learnt reader weighs wording the vocabulary does not know; what the vocabulary read as paperwork, the
    // past, a nuisance, a condition or another thing ("máy giặt giật") stays read so
    const ruledOut = contextLast || nuisance || lookAlikes.length > 0 || misread.length > 0 || namedHarms.some(asked);
    return ruledOut || options.vocabularyOnly ? null : learntReading(text);
  }
  // a situation that leads others is told first when they are named too, wherever it stands
  for (const f of found) {
    const led = found.filter((g) => f.situation.leads.includes(g.situation.id));
    if (led.length > 0) f.at = Math.min(f.at, ...led.map((g) => g.at - 0.5));
  }
  // … and violence going on now ("đang đánh", "đang đập đầu em vô tường") comes before the harm it is doing: the police
  // stop it, the medics follow
  const harmed = found.filter((f) => BODILY.has(f.situation.id));
  const fighting = found.find((f) => f.situation.id === "violence" && f.ongoing === true);
  if (fighting && harmed.length > 0 && !gone) fighting.at = Math.min(fighting.at, ...harmed.map((h) => h.at - 0.5));
  // … except the violence once the attackers are gone: the one they hurt comes first
  if (harmed.length > 0 && gone) {
    for (const f of found) if (f.situation.id === "violence") f.at = Math.max(...harmed.map((h) => h.at)) + 0.5;
  }
  // … and so does the fire once it is out ("bị chảo dầu sôi đổ lên người, bỏng cả ngực…, người ta dập lửa bếp rồi"),
  // or a fire, a collapse, a trap or the water the one hurt was pulled out of ("cây đè lên chân, đã kéo ra nhưng chân
  // dập nát")
  if (harmed.length > 0 && matchesOf(OUT).some(free)) {
    for (const f of found) if (RESCUED_FROM.has(f.situation.id)) f.at = Math.max(...harmed.map((h) => h.at)) + 0.5;
  }
  found.sort((a, b) => a.at - b.at);
  const services = [...new Set(found.flatMap((f) => f.situation.services.slice(0, 1)))].slice(0, 2);
  return { situations: found.map((f) => f.situation.id), services };
}

/** What a person is pulled out of, after which the medics come first. */
const RESCUED_FROM: ReadonlySet<EmergencySituationId> = new Set(["fire", "collapse", "trapped", "landslide", "drowning"]);

/**
 * English contractions spelt out ("won't let me out" → "will not let me out", "doesn't move" → "does not move"): cut
 * at the apostrophe, their halves would be read as Vietnamese syllables typed in telex.
 */
function withoutContractions(text: string): string {
  return text.replace(/\b(won|can|shan)['’]t\b/giu, (_, w: string) => ({ won: "will not", can: "cannot", shan: "shall not" })[w.toLowerCase()] ?? w)
    .replace(/\b(\p{L}+)n['’]t\b/giu, "$1 not");
}

/** The learnt reader's verdict on a message the vocabulary named nothing in. */
function learntReading(text: string): Emergency | null {
  const reading = LEARNT.read(text);
  return reading.emergency >= LEARNT_THRESHOLD ? { situations: [], services: [reading.service], learnt: reading.emergency } : null;
}
