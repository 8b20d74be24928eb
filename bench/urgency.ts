/**
 * bench/urgency: the routing's urgency scored alone on sets of reports labelled `urgent` true/false — a set may
 * carry no department, so `eval routing` cannot read it. Two detectors: `wording` (the danger cues and the chat's
 * emergency detector, src/core/feedback/routing/urgency.ts) and `learnt` (the same plus the model trained on the
 * project's own examples, as the service routes). Figures only, so a blind set can be scored before anyone reads
 * it; `--misses` lists the texts the learnt detector got wrong (for a set already read).
 * `--own-cv` instead scores the thresholds of the learnt detector on the project's own examples, each scored by a
 * model trained without its tenth of the file: how the thresholds in urgency.ts were chosen, with no eval set.
 * Run: npx tsx bench/urgency.ts --set <file.jsonl> [--set <file>…] [--misses] | --own-cv. The last line is one
 * JSON object.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dangerSigns, detectUrgency, URGENCY_THRESHOLDS } from "../src/core/feedback/routing/urgency.js";
import { trainUrgencyModel, UrgencyScorer } from "../src/core/feedback/routing/urgency-model.js";
import { readOwnRoutingExamples, readOwnUrgencyExamples } from "../src/db/seed/routing-examples.js";
import { ownUrgencyDetector } from "../src/wiring/urgency.js";

type Figures = { n: number; urgent: number; precision: number; recall: number; falseAlarmRate: number };

function score(cases: ReadonlyArray<{ text: string; urgent: boolean }>, flag: (text: string) => boolean, onMiss?: (text: string, urgent: boolean) => void): Figures & { tp: number; fp: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const c of cases) {
    const flagged = flag(c.text);
    if (flagged && c.urgent) tp++;
    else if (flagged) fp++;
    else if (c.urgent) fn++;
    if (onMiss && flagged !== c.urgent) onMiss(c.text, c.urgent);
  }
  const urgent = tp + fn;
  const calm = cases.length - urgent;
  return { n: cases.length, urgent, tp, fp, precision: tp + fp ? tp / (tp + fp) : 1, recall: urgent ? tp / urgent : 1, falseAlarmRate: calm ? fp / calm : 0 };
}

function line(name: string, f: Figures & { tp: number; fp: number }): string {
  return `${name}: n ${f.n} (urgent ${f.urgent})  recall ${f.recall.toFixed(3)} (${f.tp}/${f.urgent})  precision ${f.precision.toFixed(3)}  false alarms ${f.fp}/${f.n - f.urgent}`;
}

if (process.argv.includes("--own-cv")) {
  const own = [...(await readOwnRoutingExamples()), ...(await readOwnUrgencyExamples())];
  const folds = 10;
  const scored: Array<{ text: string; urgent: boolean; p: number }> = [];
  for (let k = 0; k < folds; k++) {
    const fold = (i: number) => Math.floor((i * folds) / own.length) === k;
    const scorer = new UrgencyScorer(trainUrgencyModel(own.filter((_, i) => !fold(i))));
    for (const e of own.filter((_, i) => fold(i))) scored.push({ text: e.text, urgent: e.urgent, p: scorer.probability(e.text) });
  }
  const out: Record<string, Figures> = {};
  const wording = score(scored, (t) => detectUrgency(t));
  console.log(line("own examples, wording", wording));
  const byText = new Map(scored.map((s) => [s.text, s.p]));
  for (const alone of [0.6, 0.7, 0.8, 0.9]) {
    for (const withSign of [0.3, 0.4, 0.5, 0.6]) {
      const flag = (t: string) => {
        const signs = dangerSigns(t);
        const p = byText.get(t) ?? 0;
        return signs.urgent || p >= alone || ((signs.hazard || signs.exposure) && p >= withSign);
      };
      const name = `alone ${alone} withSign ${withSign}`;
      out[name] = score(scored, flag);
      console.log(line(`own examples, learnt (${name})`, out[name] as Figures & { tp: number; fp: number }));
    }
  }
  console.log(JSON.stringify({ thresholdsInUse: URGENCY_THRESHOLDS, wording, learnt: out }));
  process.exit(0);
}

const files = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--set" ? [arg] : []));
if (files.length === 0) {
  console.error("usage: npx tsx bench/urgency.ts --set <file.jsonl> [--set <file>…] [--misses] | --own-cv");
  process.exit(2);
}
const listMisses = process.argv.includes("--misses");
const learnt = await ownUrgencyDetector();

const figures: Record<string, { wording: Figures; learnt: Figures }> = {};
for (const file of files) {
  const cases = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const item = JSON.parse(l) as { text?: unknown; urgent?: unknown };
      if (typeof item.text !== "string" || typeof item.urgent !== "boolean") throw new Error(`${file}: line ${i + 1}: needs "text" and "urgent"`);
      return { text: item.text, urgent: item.urgent };
    });
  const name = path.basename(file);
  const byWording = score(cases, (t) => detectUrgency(t));
  const byLearnt = score(cases, learnt, listMisses ? (text, urgent) => console.log(`  ${urgent ? "missed" : "false alarm"}: ${text}`) : undefined);
  figures[name] = { wording: byWording, learnt: byLearnt };
  console.log(line(`${name} wording`, byWording));
  console.log(line(`${name} learnt `, byLearnt));
}
console.log(JSON.stringify(figures));
