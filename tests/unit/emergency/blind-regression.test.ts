/**
 * Regression floors from the blind sets written by someone who had read neither the lexicon nor the danger cues:
 * each was scored once at 3d75157 before it was read (figures in the README), then kept here. A later change may
 * do better, never worse than that first score.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectEmergency } from "../../../src/core/conversation/emergency/detect-emergency.js";
import { detectUrgency } from "../../../src/core/feedback/routing/urgency.js";

function jsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(path.resolve(file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("blind emergency set 2 (first score: recall 102/130, false alarms 5/70; floor raised at 112/130, 0/70, then at 126/130, 0/70 after it was studied, then at 130/130, 0/70 with more of each situation's vocabulary)", () => {
  const cases = jsonLines("tests/fixtures/emergency-blind/emergency-blind-2.jsonl");

  it("recognises at least as many emergencies and raises no more false alarms than at its first score", () => {
    const emergencies = cases.filter((c) => c["emergency"] === true);
    const calm = cases.filter((c) => c["emergency"] === false);
    expect(emergencies.length + calm.length).toBe(cases.length);
    expect(emergencies.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeGreaterThanOrEqual(130);
    expect(calm.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeLessThanOrEqual(0);
  });
});

describe("blind urgent-report set 1 (first score: recall 30/50, false alarms 1/50)", () => {
  const cases = jsonLines("tests/fixtures/urgency/urgent-blind-1.jsonl");

  it("flags at least as many urgent reports and no more calm ones than at its first score", () => {
    const urgent = cases.filter((c) => c["urgent"] === true);
    const calm = cases.filter((c) => c["urgent"] === false);
    expect(urgent.length + calm.length).toBe(cases.length);
    expect(urgent.filter((c) => detectUrgency(String(c["text"]))).length).toBeGreaterThanOrEqual(30);
    expect(calm.filter((c) => detectUrgency(String(c["text"]))).length).toBeLessThanOrEqual(1);
  });
});

describe("blind emergency set 3 (first score at aca4771: recall 101/140, false alarms 11/60; floor at 3374b74: 107/140, 4/60; raised at 136/140, 1/60 after it was studied; 137/140, 0/60 once a figure-of-speech cry beside a paper was read as one; 140/140, 0/60 with more of each situation's vocabulary)", () => {
  const cases = jsonLines("tests/fixtures/emergency-blind/emergency-blind-3.jsonl");

  it("recognises at least as many emergencies and raises no more false alarms than when it was last scored blind", () => {
    const emergencies = cases.filter((c) => c["emergency"] === true);
    const calm = cases.filter((c) => c["emergency"] === false);
    expect(emergencies.length + calm.length).toBe(cases.length);
    expect(emergencies.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeGreaterThanOrEqual(140);
    expect(calm.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeLessThanOrEqual(0);
  });
});

describe("blind urgent-report set 2 (first score at aca4771: recall 27/60, false alarms 3/60; floor at 3374b74: wording 35/60, 3/60; read for kinds at ceb3a57: 51/60, 0/60)", () => {
  const cases = jsonLines("tests/fixtures/urgency/urgent-blind-2.jsonl");

  it("flags at least as many urgent reports from the wording and no more calm ones than when it was last scored blind", () => {
    const urgent = cases.filter((c) => c["urgent"] === true);
    const calm = cases.filter((c) => c["urgent"] === false);
    expect(urgent.length + calm.length).toBe(cases.length);
    expect(urgent.filter((c) => detectUrgency(String(c["text"]))).length).toBeGreaterThanOrEqual(51);
    expect(calm.filter((c) => detectUrgency(String(c["text"]))).length).toBe(0);
  });
});

describe("blind emergency set 4 (first score at ceb3a57: recall 115/140, false alarms 6/60; floor at a599a22: 124/140, 3/60; raised at 132/140, 0/60 once look-alikes were tied to their structure, then at 140/140, 0/60 with more of each situation's vocabulary)", () => {
  const cases = jsonLines("tests/fixtures/emergency-blind/emergency-blind-4.jsonl");

  it("recognises at least as many emergencies and raises no more false alarms than when it was last scored blind", () => {
    const emergencies = cases.filter((c) => c["emergency"] === true);
    const calm = cases.filter((c) => c["emergency"] === false);
    expect(emergencies.length + calm.length).toBe(cases.length);
    expect(emergencies.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeGreaterThanOrEqual(140);
    expect(calm.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeLessThanOrEqual(0);
  });
});

describe("blind urgent-report set 3 (first score at ceb3a57: wording 37/60, false alarms 0/60; floor at a599a22: 43/60, 1/60)", () => {
  const cases = jsonLines("tests/fixtures/urgency/urgent-blind-3.jsonl");

  it("flags at least as many urgent reports from the wording and no more calm ones than when it was last scored blind", () => {
    const urgent = cases.filter((c) => c["urgent"] === true);
    const calm = cases.filter((c) => c["urgent"] === false);
    expect(urgent.length + calm.length).toBe(cases.length);
    expect(urgent.filter((c) => detectUrgency(String(c["text"]))).length).toBeGreaterThanOrEqual(43);
    expect(calm.filter((c) => detectUrgency(String(c["text"]))).length).toBeLessThanOrEqual(1);
  });
});

describe("blind emergency set 5 (first score at a2eb273: recall 130/140, false alarms 6/60; 138/140, 6/60 after it was studied at the end of its round; false alarms 0/60 once look-alikes were tied to their structure; 139/140, 0/60 with more of each situation's vocabulary)", () => {
  const cases = jsonLines("tests/fixtures/emergency-blind/emergency-blind-5.jsonl");

  it("recognises at least as many emergencies and raises no more false alarms than when it was last scored", () => {
    const emergencies = cases.filter((c) => c["emergency"] === true);
    const calm = cases.filter((c) => c["emergency"] === false);
    expect(emergencies.length + calm.length).toBe(cases.length);
    expect(emergencies.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeGreaterThanOrEqual(139);
    expect(calm.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeLessThanOrEqual(0);
  });
});

describe("blind emergency set 6 (first score at 06de30a: recall 123/140, false alarms 3/60; unread at the end of its round, 27268e2: 124/140, 3/60; 136/140, 2/60 after it was read)", () => {
  const cases = jsonLines("tests/fixtures/emergency-blind/emergency-blind-6.jsonl");

  it("recognises at least as many emergencies and raises no more false alarms than when it was last scored", () => {
    const emergencies = cases.filter((c) => c["emergency"] === true);
    const calm = cases.filter((c) => c["emergency"] === false);
    expect(emergencies.length + calm.length).toBe(cases.length);
    expect(emergencies.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeGreaterThanOrEqual(136);
    expect(calm.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeLessThanOrEqual(2);
  });
});

describe("blind emergency set 7 (unread at 3af1ecb: recall 125/140, false alarms 3/60; unread with the learnt reader, f45cfe0: 135/140, 3/60; read, and a training set of the learnt reader since: 139/140, 0/60)", () => {
  const cases = jsonLines("tests/fixtures/emergency-blind/emergency-blind-7.jsonl");

  it("recognises at least as many emergencies and raises no more false alarms than when it was last scored", () => {
    const emergencies = cases.filter((c) => c["emergency"] === true);
    const calm = cases.filter((c) => c["emergency"] === false);
    expect(emergencies.length + calm.length).toBe(cases.length);
    expect(emergencies.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeGreaterThanOrEqual(139);
    expect(calm.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeLessThanOrEqual(0);
  });
});

describe("blind emergency set 8 (unread at 3af1ecb: recall 88/100, false alarms 4/40; at c82d1f8 with the learnt reader: 95/100, 3/40; read, and a training set of the learnt reader since: 98/100, 2/40)", () => {
  const cases = jsonLines("tests/fixtures/emergency-blind/emergency-blind-8.jsonl");

  it("recognises at least as many emergencies and raises no more false alarms than when it was last scored", () => {
    const emergencies = cases.filter((c) => c["emergency"] === true);
    const calm = cases.filter((c) => c["emergency"] === false);
    expect(emergencies.length + calm.length).toBe(cases.length);
    expect(emergencies.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeGreaterThanOrEqual(98);
    expect(calm.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeLessThanOrEqual(2);
  });
});

describe("blind urgent-report set 6 (unread at 3af1ecb: wording 40/60, learnt 50/60, 1 false alarm; at 942010c learnt 52/60, 1; read: 44/60 from the wording)", () => {
  const cases = jsonLines("tests/fixtures/urgency/urgent-blind-6.jsonl");

  it("flags at least as many urgent reports from the wording and no more calm ones", () => {
    const urgent = cases.filter((c) => c["urgent"] === true);
    const calm = cases.filter((c) => c["urgent"] === false);
    expect(urgent.length + calm.length).toBe(cases.length);
    expect(urgent.filter((c) => detectUrgency(String(c["text"]))).length).toBeGreaterThanOrEqual(44);
    expect(calm.filter((c) => detectUrgency(String(c["text"]))).length).toBeLessThanOrEqual(1);
  });
});

describe("blind urgent-report set 5 (first score at 06de30a: wording 40/60, learnt 47/60, no false alarm; unread at 27268e2: learnt 54/60, none)", () => {
  const cases = jsonLines("tests/fixtures/urgency/urgent-blind-5.jsonl");

  it("flags at least as many urgent reports from the wording and no calm one", () => {
    const urgent = cases.filter((c) => c["urgent"] === true);
    const calm = cases.filter((c) => c["urgent"] === false);
    expect(urgent.length + calm.length).toBe(cases.length);
    expect(urgent.filter((c) => detectUrgency(String(c["text"]))).length).toBeGreaterThanOrEqual(40);
    expect(calm.filter((c) => detectUrgency(String(c["text"]))).length).toBeLessThanOrEqual(0);
  });
});

describe("blind urgent-report set 4 (scored unread at a2eb273 and at the end of its round: wording 43/60, learnt 50/60, false alarms 3/60)", () => {
  const cases = jsonLines("tests/fixtures/urgency/urgent-blind-4.jsonl");

  it("flags at least as many urgent reports from the wording and no more calm ones than when it was scored blind", () => {
    const urgent = cases.filter((c) => c["urgent"] === true);
    const calm = cases.filter((c) => c["urgent"] === false);
    expect(urgent.length + calm.length).toBe(cases.length);
    expect(urgent.filter((c) => detectUrgency(String(c["text"]))).length).toBeGreaterThanOrEqual(43);
    expect(calm.filter((c) => detectUrgency(String(c["text"]))).length).toBeLessThanOrEqual(3);
  });
});

describe("the studied dev sets own-2 … own-7 (own-7 first scored at 93b74f4 before any change of its round: recall 34/40, false alarms 2/20; studied since; 352/352 and 1/180 at c785b27)", () => {
  const cases = ["own-2", "own-3", "own-4", "own-5", "own-6", "own-7"].flatMap((n) => jsonLines(`tests/fixtures/emergency-dev/${n}.jsonl`));

  it("recognises at least as many emergencies and raises no more false alarms than when they were last scored", () => {
    const emergencies = cases.filter((c) => c["emergency"] === true);
    const calm = cases.filter((c) => c["emergency"] === false);
    expect(emergencies.length + calm.length).toBe(cases.length);
    expect(emergencies.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeGreaterThanOrEqual(352);
    expect(calm.filter((c) => detectEmergency(String(c["text"])) !== null).length).toBeLessThanOrEqual(1);
  });
});
