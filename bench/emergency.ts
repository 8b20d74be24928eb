/**
 * bench/emergency: time per message of the chat's emergency detector (src/core/conversation/emergency), in one
 * process, over the texts of the given sets (JSON Lines with `text` or `question`; default: the kept emergency sets
 * under tests/fixtures). Three warm-up passes, then `--passes` timed passes (default 5); prints mean, p50, p90, p99
 * and max in microseconds, and how many messages were taken for emergencies (so two runs can be compared).
 * Run: npx tsx bench/emergency.ts [--set <file.jsonl>…] [--passes 5]. The last line is one JSON object.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { detectEmergency } from "../src/core/conversation/emergency/detect-emergency.js";

function argValues(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    const next = process.argv[i + 1];
    if (a === name && next !== undefined) out.push(next);
  });
  return out;
}

const KEPT = ["emergency", "emergency-blind", "emergency-dev"].map((d) => path.resolve("tests/fixtures", d));
const files = argValues("--set");
const sets = files.length > 0 ? files : KEPT.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".jsonl")).map((f) => path.join(d, f)));
const passes = Number(argValues("--passes")[0] ?? 5);

const texts: string[] = [];
for (const file of sets) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { text?: unknown; question?: unknown };
    const text = typeof item.text === "string" ? item.text : item.question;
    if (typeof text === "string") texts.push(text);
  }
}

for (let i = 0; i < 3; i++) for (const t of texts) detectEmergency(t);
const micros: number[] = [];
let flagged = 0;
for (let p = 0; p < passes; p++) {
  for (const t of texts) {
    const start = process.hrtime.bigint();
    const found = detectEmergency(t);
    micros.push(Number(process.hrtime.bigint() - start) / 1000);
    if (p === 0 && found) flagged++;
  }
}
micros.sort((a, b) => a - b);
const at = (q: number): number => Math.round(micros[Math.min(micros.length - 1, Math.floor(q * micros.length))] ?? 0);
const mean = Math.round(micros.reduce((a, b) => a + b, 0) / Math.max(1, micros.length));
const figures = { messages: texts.length, passes, flagged, meanMicros: mean, p50Micros: at(0.5), p90Micros: at(0.9), p99Micros: at(0.99), maxMicros: at(1) };
console.log(`${texts.length} messages x ${passes}: mean ${mean} µs, p50 ${figures.p50Micros} µs, p90 ${figures.p90Micros} µs, p99 ${figures.p99Micros} µs (${flagged} taken for emergencies)`);
console.log(JSON.stringify(figures));
