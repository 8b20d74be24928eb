/**
 * bench/routing: feedback routing as a fresh installation has it (no administrator's rules; the classifier trained
 * on the project's own examples, prisma/seed/routing-examples.jsonl; urgency detection: the wording and the model learnt from the same examples), measured on:
 *  1. ../shared/data/eval/feedback_dev.jsonl (200 labelled messages; never trained on or copied from), skipped
 *     cleanly when absent;
 *  2. tests/fixtures/routing/routing-blind-*.jsonl, batches written by an independent writer who saw neither the
 *     examples nor the code, each scored once before any change made after reading it (the first scores are in the
 *     README);
 *  3. training time, and routing latency: every message above routed five times after one warm-up pass, wall clock and CPU time per
 *     message (on a shared machine the wall clock also counts waiting for a core).
 * Run: npx tsx bench/routing.ts [--threshold 0.75]. The last line is one JSON object with all figures.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evaluateRoutingSet, loadRoutingSet } from "../src/cli/commands/eval-routing.js";
import { RoutingTextClassifier } from "../src/core/feedback/routing/classifier.js";
import { percentile } from "../src/core/procedures/evaluate.js";
import { FeedbackRouting } from "../src/core/feedback/routing/router.js";
import { RoutingRules } from "../src/core/feedback/routing/rules.js";
import { trainRoutingModel } from "../src/core/feedback/routing/train.js";
import type { RoutingCase, RoutingReport } from "../src/core/feedback/routing/evaluate.js";
import { readOwnRoutingExamples } from "../src/db/seed/routing-examples.js";
import { ownUrgencyDetector } from "../src/wiring/urgency.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = path.resolve(repo, "../shared/data/eval/feedback_dev.jsonl");
const fixtures = path.join(repo, "tests/fixtures/routing");
const thresholdArg = process.argv.indexOf("--threshold");
const threshold = thresholdArg > 0 ? Number(process.argv[thresholdArg + 1]) : 0.75;

const examples = await readOwnRoutingExamples();
const t0 = performance.now();
const model = trainRoutingModel(examples.map((e) => ({ text: e.text, departmentCode: e.department, categoryCode: e.category, source: "seed" as const })));
const trainMs = performance.now() - t0;
const router = new FeedbackRouting(new RoutingRules([]), new RoutingTextClassifier(model), await ownUrgencyDetector());

const sets: Array<{ name: string; cases: RoutingCase[] }> = [];
if (existsSync(dev)) sets.push({ name: "feedback_dev", cases: await loadRoutingSet(dev) });
else console.log(`skipped: ${dev} not found`);
for (const name of existsSync(fixtures) ? readdirSync(fixtures).filter((n) => n.startsWith("routing-blind-") && n.endsWith(".jsonl")).sort() : []) {
  sets.push({ name: name.replace(/\.jsonl$/u, ""), cases: await loadRoutingSet(path.join(fixtures, name)) });
}

const reports: Record<string, RoutingReport> = {};
for (const set of sets) {
  const report = evaluateRoutingSet(router, set.cases, threshold);
  reports[set.name] = report;
  console.log(
    `${set.name.padEnd(18)} n ${String(report.n).padStart(3)}  accuracy ${report.accuracy.toFixed(3)}  macroF1 ${report.macroF1.toFixed(3)}  ` +
      `auto-routed ${report.autoRouted.coverage.toFixed(3)} at ≥ ${threshold} (precision ${report.autoRouted.precision.toFixed(3)})  ` +
      `urgent precision ${report.urgent.precision.toFixed(3)} recall ${report.urgent.recall.toFixed(3)}`,
  );
}

const texts = sets.flatMap((s) => s.cases.map((c) => c.text));
const wall: number[] = [];
const cpu: number[] = [];
// one pass first, as a running service has routed many messages before (compiled code, warm caches)
for (const text of texts) router.route(text);
for (let pass = 0; pass < 5; pass++) {
  for (const text of texts) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    router.route(text);
    wall.push(performance.now() - w0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
}
const latency = {
  messages: wall.length,
  wallMs: { p50: round(percentile(wall, 50)), p99: round(percentile(wall, 99)) },
  cpuMs: { p50: round(percentile(cpu, 50)), p99: round(percentile(cpu, 99)) },
};
console.log(`routing latency over ${latency.messages} calls: wall p50 ${latency.wallMs.p50} ms, p99 ${latency.wallMs.p99} ms; CPU p99 ${latency.cpuMs.p99} ms; training ${Math.round(trainMs)} ms on ${examples.length} examples`);
console.log(JSON.stringify({ threshold, examples: examples.length, features: model.features.length, trainMs: Math.round(trainMs), sets: reports, latency }));

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
