/**
 * bench/urgency: the routing's urgency (src/core/feedback/routing/urgency.ts, which calls the chat's emergency
 * detector first) scored alone on sets of reports labelled `urgent` true/false — a set may carry no department,
 * so `eval routing` cannot read it. Figures only, so a blind set can be scored before anyone reads it; `--misses`
 * lists the texts it got wrong (for a set already read).
 * Run: npx tsx bench/urgency.ts --set <file.jsonl> [--set <file>…] [--misses]. The last line is one JSON object.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { detectUrgency } from "../src/core/feedback/routing/urgency.js";

const files = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--set" ? [arg] : []));
if (files.length === 0) {
  console.error("usage: npx tsx bench/urgency.ts --set <file.jsonl> [--set <file>…] [--misses]");
  process.exit(2);
}
const listMisses = process.argv.includes("--misses");

const figures: Record<string, { n: number; urgent: number; precision: number; recall: number; falseAlarmRate: number }> = {};
for (const file of files) {
  const cases = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const item = JSON.parse(l) as { text?: unknown; urgent?: unknown };
      if (typeof item.text !== "string" || typeof item.urgent !== "boolean") throw new Error(`${file}: line ${i + 1}: needs "text" and "urgent"`);
      return { text: item.text, urgent: item.urgent };
    });
  let tp = 0, fp = 0, fn = 0;
  for (const c of cases) {
    const flagged = detectUrgency(c.text);
    if (flagged && c.urgent) tp++;
    else if (flagged) fp++;
    else if (c.urgent) fn++;
    if (listMisses && flagged !== c.urgent) console.log(`  ${c.urgent ? "missed" : "false alarm"}: ${c.text}`);
  }
  const urgent = tp + fn;
  const calm = cases.length - urgent;
  const name = path.basename(file);
  figures[name] = { n: cases.length, urgent, precision: tp + fp ? tp / (tp + fp) : 1, recall: urgent ? tp / urgent : 1, falseAlarmRate: calm ? fp / calm : 0 };
  const f = figures[name];
  console.log(`${name}: n ${f.n} (urgent ${urgent})  recall ${f.recall.toFixed(3)} (${tp}/${urgent})  precision ${f.precision.toFixed(3)}  false alarms ${fp}/${calm}`);
}
console.log(JSON.stringify(figures));
