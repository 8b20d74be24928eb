/**
 * Regression floors from the blind sets written by someone who had read neither the lexicon nor the danger cues:
 * each was scored once before it was read (figures in the README and in `history` below), then kept here. A later
 * change may do better, never worse than the floor a set was last raised to.
 *
 * Adding a set: score it unread first (`motcua eval emergency --set …` or `motcua eval routing --set …`), note the
 * figures in `history`, then add its row with the floors it reaches once read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectEmergency } from "../../../src/core/conversation/emergency/detect-emergency.js";
import { detectUrgency } from "../../../src/core/feedback/routing/urgency.js";

interface BlindSet {
  /** What is read: an emergency in a private chat, or the wording-only urgency of a feedback report. */
  reader: "emergency" | "urgency";
  files: string[];
  history: string;
  /** At least this many of the positive lines are recognised. */
  recognisedAtLeast: number;
  /** At most this many of the negative lines raise an alarm. */
  falseAlarmsAtMost: number;
}

const emergencySet = (n: number) => [`tests/fixtures/emergency-blind/emergency-blind-${n}.jsonl`];
const urgencySet = (n: number) => [`tests/fixtures/urgency/urgent-blind-${n}.jsonl`];

const SETS: BlindSet[] = [
  { reader: "emergency", files: emergencySet(2), recognisedAtLeast: 130, falseAlarmsAtMost: 0,
    history: "first score 102/130, 5/70; 112/130, 0/70; 126/130 after it was studied; 130/130 with more of each situation's vocabulary" },
  { reader: "emergency", files: emergencySet(3), recognisedAtLeast: 140, falseAlarmsAtMost: 0,
    history: "first score at aca4771 101/140, 11/60; 107/140, 4/60 at 3374b74; 136/140, 1/60 after it was studied; 140/140, 0/60" },
  { reader: "emergency", files: emergencySet(4), recognisedAtLeast: 140, falseAlarmsAtMost: 0,
    history: "first score at ceb3a57 115/140, 6/60; 124/140, 3/60 at a599a22; 132/140, 0/60 once look-alikes were tied to their structure; 140/140" },
  { reader: "emergency", files: emergencySet(5), recognisedAtLeast: 139, falseAlarmsAtMost: 0,
    history: "first score at a2eb273 130/140, 6/60; 138/140 after it was studied; 0/60 false alarms once look-alikes were tied to their structure; 139/140" },
  { reader: "emergency", files: emergencySet(6), recognisedAtLeast: 136, falseAlarmsAtMost: 2,
    history: "first score at 06de30a 123/140, 3/60; unread at 27268e2 124/140, 3/60; 136/140, 2/60 after it was read" },
  { reader: "emergency", files: emergencySet(7), recognisedAtLeast: 139, falseAlarmsAtMost: 0,
    history: "unread at 3af1ecb 125/140, 3/60; unread with the learnt reader (f45cfe0) 135/140, 3/60; read and learnt from: 139/140, 0/60" },
  { reader: "emergency", files: emergencySet(8), recognisedAtLeast: 98, falseAlarmsAtMost: 2,
    history: "unread at 3af1ecb 88/100, 4/40; at c82d1f8 with the learnt reader 95/100, 3/40; read and learnt from: 98/100, 2/40" },
  { reader: "emergency", files: emergencySet(9), recognisedAtLeast: 135, falseAlarmsAtMost: 0,
    history: "unread at a80a6a0 121/140, 4/60; read: vocabulary 134/140, 0/60; with the learnt reader trained on it too 135/140" },
  { reader: "emergency", files: emergencySet(10), recognisedAtLeast: 99, falseAlarmsAtMost: 0,
    history: "unread at 4907179 84/100, 4/40; at 5d94107 85/100, 4/40; read: 99/100, 0/40" },
  { reader: "emergency", files: emergencySet(11), recognisedAtLeast: 98, falseAlarmsAtMost: 0,
    history: "unread at 4907179 92/100, 2/40; at 2172e22 93/100, 3/40; read: 98/100, 0/40" },
  { reader: "emergency", files: emergencySet(12), recognisedAtLeast: 100, falseAlarmsAtMost: 1,
    history: "unread at 222c8f2 95/100, 2/40; read: 100/100, 1/40 (\"cháy quá\" as praise of an app still alarms)" },
  { reader: "emergency", files: emergencySet(13), recognisedAtLeast: 100, falseAlarmsAtMost: 1,
    history: "unread at 222c8f2 86/100, 4/40; read: 100/100, 1/40 (a joke threat with 🤣 after its condition still alarms)" },
  { reader: "emergency", files: emergencySet(14), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at b35e6db 87/100, 6/40 (85/100, 7/40 at 222c8f2); read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(15), recognisedAtLeast: 100, falseAlarmsAtMost: 1,
    history: "unread at b35e6db 91/100, 3/40 (90/100, 3/40 at 222c8f2); read: 100/100, 1/40 (\"cách sơ cứu người bị điện giật\", unmarked, still alarms)" },
  { reader: "emergency", files: emergencySet(16), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 1f2c4d1 81/100, 4/40 (76/100, 4/40 at 222c8f2); read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(17), recognisedAtLeast: 98, falseAlarmsAtMost: 1,
    history: "unread at 30c72d3 89/100, 3/40 (83/100, 5/40 at 222c8f2); read: 98/100, 1/40 (a joke threat after its condition)" },
  { reader: "emergency", files: emergencySet(18), recognisedAtLeast: 100, falseAlarmsAtMost: 1,
    history: "kept unread a session long: 95/100, 4/40 at ea6a0c2 and a515476; read: 100/100, 1/40 (an empty house's cracked, leaning wall)" },
  { reader: "emergency", files: emergencySet(19), recognisedAtLeast: 99, falseAlarmsAtMost: 1,
    history: "unread at a515476 98/100, 1/40; read: 99/100, 1/40 (\"xe chay trong ham\" unmarked is also a car driving; first aid asked about, unmarked, still alarms)" },
  { reader: "emergency", files: emergencySet(20), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at a515476 91/100, 2/40 (six visitors writing in English); read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(21), recognisedAtLeast: 98, falseAlarmsAtMost: 0,
    history: "kept unread a session long: 92/100, 4/40 at d0e721a, 278f909 and 6713c32; read: 98/100, 0/40 (\"đột tửu\" a typo no repair reaches; a robbery told after a question, with papers in the bag)" },
  { reader: "emergency", files: emergencySet(22), recognisedAtLeast: 99, falseAlarmsAtMost: 0,
    history: "kept unread a session long: 95/100, 3/40 at b799173 and 6713c32; read: 99/100, 0/40 (a beating heard next door, told with \"suốt\")" },
  { reader: "emergency", files: emergencySet(23), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 6713c32 97/100, 2/40; unread at 76418db 97/100, 2/40 (right number first 90 → 94); read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(24), recognisedAtLeast: 99, falseAlarmsAtMost: 0,
    history: "unread at 6713c32 and f2ab90f 94/100, 5/40 (right number first 88 → 93); read: 99/100, 0/40 (a rescue heard of, \"nghe nói\")" },
  { reader: "emergency", files: emergencySet(25), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "kept unread a session long: 94/100, 3/40 at 6713c32, 97/100, 3/40 at 287a90c and 240f0e4 (right number first 85 → 89); read: 100/100, 0/40, 99 right numbers" },
  { reader: "emergency", files: emergencySet(26), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 240f0e4 and 581626c 98/100, 10/40 (right number first 93); read: 100/100, 1/40, then 0/40 once the \"cứu người\" of \"sơ cứu người\" was no cry for help; 100 right numbers" },
  { reader: "emergency", files: emergencySet(27), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 240f0e4 98/100, 1/40 (right number first 96); at bc4bfc0 98/100, 1/40, 97; read: 100/100, 0/40, 100 right numbers" },
  { reader: "emergency", files: emergencySet(28), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 240f0e4 99/100, 3/40 (right number first 95); at c28ba24 99/100, 2/40, 97; read: 100/100, 0/40, 100 right numbers" },
  { reader: "emergency", files: emergencySet(29), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 240f0e4 94/100, 6/40 (right number first 90); at 866488b 95/100, 4/40, 91; read: 100/100, 0/40, 100 right numbers" },
  { reader: "emergency", files: emergencySet(30), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 240f0e4 97/100, 3/40 (right number first 95); at 935b57e 98/100, 2/40, 96; read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(31), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 935b57e and a42db5e 98/100, 2/40 (right number first 98); read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(32), recognisedAtLeast: 99, falseAlarmsAtMost: 1,
    history: "unread at 935b57e, a42db5e and 045b845 99/100, 3/40 (right number first 94); read: 99/100, 1/40" },
  { reader: "emergency", files: emergencySet(33), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 935b57e 96/100, 5/40 (right number first 90); at 98c4875 95/100, 5/40, 90; read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(34), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 935b57e 97/100, 6/40 (right number first 92); at c5e1037 97/100, 4/40, 94; read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(35), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 935b57e 95/100, 5/40 (right number first 94); at 9554174 97/100, 4/40, 97; read: 100/100, 0/40" },
  { reader: "emergency", files: emergencySet(36), recognisedAtLeast: 100, falseAlarmsAtMost: 1,
    history: "unread at 935b57e 94/100, 1/40 (right number first 93); at bf6e4ff 95/100, 1/40, 94; read: 100/100, 1/40 (a football loss 'thảm họa, cứu!!')" },
  { reader: "emergency", files: emergencySet(37), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 935b57e 99/100, 5/40 (right number first 97); at 56e4fb7 100/100, 2/40, 99; read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(38), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at bf25d59 100/100, 5/40 (right number first 96); at fd11720 the same; read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(39), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "held out a session: unread at bf25d59 96/100, 4/40 (right number first 95); at 96f829c and 293b6b8 97/100, 3/40, 96; read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(40), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at bf25d59 99/100, 4/40 (right number first 96); at 5011669 the same; read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(41), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at bf25d59 97/100, 5/40 (right number first 96); at ff1159d 97/100, 4/40, 96; read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(42), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at bf25d59 99/100, 10/40 (right number first 94); at c4c5e53 99/100, 9/40, 94; read: 100/100, 0/40, 99" },
  { reader: "emergency", files: emergencySet(43), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 293b6b8 91/100, 4/40 (right number first 88); at 90c81fd 92/100, 4/40, 88; read: 100/100, 0/40, 99" },
  { reader: "emergency", files: emergencySet(45), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 293b6b8 and a94b7b0 99/100, 2/40 (right number first 93); read: 100/100, 0/40, 99" },
  { reader: "emergency", files: emergencySet(46), recognisedAtLeast: 99, falseAlarmsAtMost: 0,
    history: "unread at 293b6b8 90/100, 3/40 (right number first 86); at 1112192 91/100, 2/40, 87; read: 99/100, 0/40, 98 (a gas smell asked about with a child asleep: still read as a question)" },
  { reader: "emergency", files: emergencySet(47), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 293b6b8 and b67c758 95/100, 3/40 (right number first 91); read: 100/100, 0/40, 98" },
  { reader: "emergency", files: emergencySet(44), recognisedAtLeast: 100, falseAlarmsAtMost: 1,
    history: "kept unread a session long: 96/100, 7/40 (right number first 93) at 293b6b8, 96/100, 6/40, 93 at 706f569; read: 100/100, 1/40, 100 (a bare 'cứu' beside burnt rice still alarms)" },
  { reader: "emergency", files: emergencySet(48), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 2b40990 99/100, 2/40 (right number first 98); read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(50), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 2b40990 and 24d01c3 97/100, 2/40 (right number first 95); read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(51), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 2b40990 and 104508f 97/100, 5/40 (right number first 97); read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(52), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "unread at 2b40990 98/100, 2/40 (right number first 96); at 9aadb28 99/100, 2/40, 97; read: 100/100, 0/40, 100" },
  { reader: "emergency", files: emergencySet(49), recognisedAtLeast: 100, falseAlarmsAtMost: 0,
    history: "kept unread a session long: 100/100, 5/40 (right number first 99) at 2b40990, 100/100, 4/40, 99 at 7053c2e; read: 100/100, 0/40, 100" },
  { reader: "emergency", files: ["own-2", "own-3", "own-4", "own-5", "own-6", "own-7"].map((n) => `tests/fixtures/emergency-dev/${n}.jsonl`),
    recognisedAtLeast: 352, falseAlarmsAtMost: 1,
    history: "the studied dev sets; own-7 first scored at 93b74f4 34/40, 2/20; 352/352, 1/180 at c785b27" },
  { reader: "urgency", files: urgencySet(1), recognisedAtLeast: 30, falseAlarmsAtMost: 1,
    history: "first score 30/50, 1/50" },
  { reader: "urgency", files: urgencySet(2), recognisedAtLeast: 51, falseAlarmsAtMost: 0,
    history: "first score at aca4771 27/60, 3/60; wording 35/60 at 3374b74; read for kinds at ceb3a57 51/60, 0/60" },
  { reader: "urgency", files: urgencySet(3), recognisedAtLeast: 43, falseAlarmsAtMost: 1,
    history: "first score at ceb3a57 37/60, 0/60; 43/60, 1/60 at a599a22" },
  { reader: "urgency", files: urgencySet(4), recognisedAtLeast: 43, falseAlarmsAtMost: 3,
    history: "unread at a2eb273 and at the end of its round: wording 43/60, learnt 50/60, 3/60" },
  { reader: "urgency", files: urgencySet(5), recognisedAtLeast: 40, falseAlarmsAtMost: 0,
    history: "first score at 06de30a: wording 40/60, learnt 47/60, 0/60; unread at 27268e2 learnt 54/60" },
  { reader: "urgency", files: urgencySet(6), recognisedAtLeast: 44, falseAlarmsAtMost: 1,
    history: "unread at 3af1ecb: wording 40/60, learnt 50/60, 1/60; learnt 52/60 at 942010c; read: wording 44/60" },
  { reader: "urgency", files: urgencySet(7), recognisedAtLeast: 44, falseAlarmsAtMost: 2,
    history: "unread at 0a2386f: wording 35/45, 2/75, with the learnt model 44/45, 2 calm ones flagged; read: wording 44/45, 2/75" },
  { reader: "urgency", files: urgencySet(8), recognisedAtLeast: 41, falseAlarmsAtMost: 0,
    history: "unread at 5d94107: wording 32/45, 0/75, with the learnt model 42/45, none flagged; read: wording 41/45, 0/75" },
  { reader: "urgency", files: urgencySet(9), recognisedAtLeast: 41, falseAlarmsAtMost: 2,
    history: "unread at 222c8f2: wording 34/45, 2/75, with the learnt model 45/45, 2 calm ones flagged; read: wording 41/45, 2/75" },
  { reader: "urgency", files: urgencySet(10), recognisedAtLeast: 32, falseAlarmsAtMost: 3,
    history: "unread at b35e6db: wording 25/40, 3/80, with the learnt model 39/40, 5 calm ones flagged; read: wording 32/40, 3/80" },
  { reader: "urgency", files: urgencySet(11), recognisedAtLeast: 32, falseAlarmsAtMost: 7,
    history: "unread at 1f2c4d1: wording 32/40, 7/80 (this writer calls calm what the wording reads as a hazard with people beside it), with the learnt model 40/40; unchanged after reading" },
  { reader: "urgency", files: urgencySet(12), recognisedAtLeast: 32, falseAlarmsAtMost: 5,
    history: "unread at 30c72d3: wording 32/40, 5/80; kept without reading (the round's last set)" },
  { reader: "urgency", files: urgencySet(13), recognisedAtLeast: 33, falseAlarmsAtMost: 8,
    history: "kept unread a session long; wording 33/40, 8/80 (routing 0.917, urgent recall 1.0 with the learnt model)" },
  { reader: "urgency", files: urgencySet(14), recognisedAtLeast: 44, falseAlarmsAtMost: 6,
    history: "unread at a515476: wording 44/60, 6/60 (routing 0.917, 75.0 % auto-routed at 0.956, urgent recall 0.95 with the learnt model); kept without reading" },
  { reader: "urgency", files: urgencySet(15), recognisedAtLeast: 32, falseAlarmsAtMost: 5,
    history: "kept unread a session long: routing 0.883–0.892, urgent recall 0.86–0.88 with the learnt model; wording 32/50, 5/70 when kept" },
  { reader: "urgency", files: urgencySet(16), recognisedAtLeast: 32, falseAlarmsAtMost: 5,
    history: "kept unread a session long: routing 0.925, 81.7 % auto-routed at 0.980, urgent recall 0.909 with the learnt model; wording 32/55, 5/65 when kept" },
  { reader: "urgency", files: urgencySet(17), recognisedAtLeast: 37, falseAlarmsAtMost: 5,
    history: "unread at 6713c32: routing 0.867, 73.3 % auto-routed at 0.932, urgent recall 0.978; at 76418db 0.875, 75.0 % at 0.933; wording 37/45, 5/75" },
  { reader: "urgency", files: urgencySet(18), recognisedAtLeast: 34, falseAlarmsAtMost: 3,
    history: "unread at 6713c32: routing 0.858, 74.2 % auto-routed at 0.955, urgent recall 0.978; at f2ab90f 0.875, 77.5 % at 0.957, 1.0; wording 34/45, 3/75" },
  { reader: "urgency", files: urgencySet(19), recognisedAtLeast: 38, falseAlarmsAtMost: 6,
    history: "kept unread a session long: routing 0.825, 68.3 % auto-routed at 0.951, urgent recall 0.956 at 6713c32; 0.90, 70.0 % at 0.964 at 287a90c and 240f0e4; wording 38/45, 6/75 when kept" },
  { reader: "urgency", files: urgencySet(20), recognisedAtLeast: 32, falseAlarmsAtMost: 10,
    history: "unread at 240f0e4 and 581626c: routing 0.892, 79.2 % auto-routed at 0.958, urgent recall 1.0; wording 32/39, 10/81 when kept" },
  { reader: "urgency", files: urgencySet(21), recognisedAtLeast: 32, falseAlarmsAtMost: 12,
    history: "unread at 240f0e4: routing 0.90, 78.3 % auto-routed at 0.968, urgent recall 0.974; at bc4bfc0 0.892, 76.7 % at 0.967; wording 32/38, 12/82 when kept" },
  { reader: "urgency", files: urgencySet(22), recognisedAtLeast: 35, falseAlarmsAtMost: 5,
    history: "unread at 240f0e4: routing 0.858, 77.5 % auto-routed at 0.946, urgent recall 1.0; at c28ba24 0.875, 76.7 % at 0.957, 1.0; wording 35/40, 5/80 when kept" },
  { reader: "urgency", files: urgencySet(23), recognisedAtLeast: 30, falseAlarmsAtMost: 8,
    history: "unread at 240f0e4: routing 0.883, 78.3 % auto-routed at 0.936, urgent recall 0.946; at 866488b 0.90, 79.2 % at 0.947, 0.946; wording 30/37, 8/83 when kept" },
  { reader: "urgency", files: urgencySet(24), recognisedAtLeast: 36, falseAlarmsAtMost: 0,
    history: "unread at 240f0e4: routing 0.875, 80.0 % auto-routed at 0.948, urgent recall 0.975; at 935b57e 0.908, 83.3 % at 0.970, 0.95; wording 36/40, 0/80 when kept" },
  { reader: "urgency", files: urgencySet(25), recognisedAtLeast: 31, falseAlarmsAtMost: 4,
    history: "unread at 935b57e and a42db5e: routing 0.958, 80.8 % / 81.7 % auto-routed at 0.990, urgent recall 1.0; wording 31/34, 4/86 when kept" },
  { reader: "urgency", files: urgencySet(26), recognisedAtLeast: 27, falseAlarmsAtMost: 1,
    history: "unread at 935b57e: routing 0.933, 82.5 % auto-routed at 0.970, urgent recall 0.939; at 045b845 0.933, 84.2 % at 0.960, 0.970; wording 27/33, 1/87 when kept" },
  { reader: "urgency", files: urgencySet(27), recognisedAtLeast: 30, falseAlarmsAtMost: 4,
    history: "unread at 935b57e: routing 0.925, 82.5 % auto-routed at 0.980, urgent recall 0.941; at 98c4875 0.917, 84.2 % at 0.980, 0.941; wording 30/34, 4/86 when kept" },
  { reader: "urgency", files: urgencySet(28), recognisedAtLeast: 27, falseAlarmsAtMost: 2,
    history: "unread at 935b57e: routing 0.958, 79.2 % auto-routed at 0.990, urgent recall 0.971; at c5e1037 0.95, 80.8 % at 0.990, 1.0; wording 27/35, 2/85 when kept" },
  { reader: "urgency", files: urgencySet(29), recognisedAtLeast: 28, falseAlarmsAtMost: 2,
    history: "unread at 935b57e: routing 0.892, 84.2 % auto-routed at 0.951, urgent recall 0.971; at 9554174 0.908, 82.5 % at 0.960, 1.0; wording 28/34, 2/86 when kept" },
  { reader: "urgency", files: urgencySet(30), recognisedAtLeast: 28, falseAlarmsAtMost: 6,
    history: "unread at 935b57e: routing 0.942, 84.2 % auto-routed at 0.980, urgent recall 0.941; at bf6e4ff 0.958, 90.0 % at 0.982, 0.941; wording 28/34, 6/86 when kept" },
  { reader: "urgency", files: urgencySet(31), recognisedAtLeast: 27, falseAlarmsAtMost: 4,
    history: "unread at 935b57e: routing 0.917, 80.0 % auto-routed at 0.969, urgent recall 0.971; at 56e4fb7 the same (precision 0.83); wording 27/34, 7/86 unread, 4/86 when kept" },
  { reader: "urgency", files: urgencySet(32), recognisedAtLeast: 28, falseAlarmsAtMost: 5,
    history: "unread at bf25d59: routing 0.95, 85.8 % auto-routed at 1.0, urgent recall 1.0; at fd11720 0.942, 87.5 % at 0.990, 1.0; wording 28/32, 6/88 unread, 5/88 when kept" },
  { reader: "urgency", files: urgencySet(33), recognisedAtLeast: 29, falseAlarmsAtMost: 2,
    history: "held out a session: unread at bf25d59 routing 0.942, 88.3 % auto-routed at 0.981, urgent recall 0.9375; at 96f829c and 293b6b8 0.95, 89.2 % at 0.991, 0.9375; wording 28/32, 6/88 unread, 29/32, 2/88 when kept" },
  { reader: "urgency", files: urgencySet(34), recognisedAtLeast: 28, falseAlarmsAtMost: 4,
    history: "unread at bf25d59: routing 0.983, 90.0 % auto-routed at 0.982, urgent recall 1.0; at 5011669 0.983, 90.8 % at 0.982, 1.0; wording 28/31, 7/89 unread, 4/89 when kept" },
  { reader: "urgency", files: urgencySet(35), recognisedAtLeast: 29, falseAlarmsAtMost: 8,
    history: "unread at bf25d59: routing 0.95, 84.2 % auto-routed at 0.980, urgent recall 1.0; at ff1159d 0.95, 85.8 % at 0.990, 1.0; wording 29/31, 12/89 unread, 8/89 when kept (a writer who labels calmly)" },
  { reader: "urgency", files: urgencySet(37), recognisedAtLeast: 27, falseAlarmsAtMost: 3,
    history: "unread at 293b6b8: routing 0.958, 86.7 % auto-routed at 0.990, urgent recall 1.0; at 90c81fd 0.958, 88.3 % at 0.991, 1.0; wording 27/31, 4/89 unread, 3/89 when kept" },
  { reader: "urgency", files: urgencySet(39), recognisedAtLeast: 25, falseAlarmsAtMost: 0,
    history: "unread at 293b6b8 and a94b7b0: routing 0.958, 89.2 % auto-routed at 0.972, urgent recall 0.968; wording 24/31, 1/89 unread, 25/31, 0/89 when kept" },
  { reader: "urgency", files: urgencySet(40), recognisedAtLeast: 26, falseAlarmsAtMost: 2,
    history: "unread at 293b6b8: routing 0.908, 79.2 % auto-routed at 0.947, urgent recall 0.935; at 1112192 0.908, 79.2 % at 0.958, 0.935; wording 24/31, 2/89 unread, 26/31, 2/89 when kept" },
  { reader: "urgency", files: urgencySet(41), recognisedAtLeast: 25, falseAlarmsAtMost: 2,
    history: "unread at 293b6b8: routing 0.95, 82.5 % auto-routed at 0.980, urgent recall 1.0; at b67c758 0.95, 85.0 % at 0.980, 1.0; wording 25/31, 4/89 unread, 3/89 at b67c758, 2/89 when kept" },
  { reader: "urgency", files: urgencySet(38), recognisedAtLeast: 26, falseAlarmsAtMost: 2,
    history: "kept unread a session long: routing 0.942, 87.5 % auto-routed at 0.971, urgent recall 1.0 at 293b6b8; 0.933, 85.0 % at 0.971, 1.0 at 706f569; read: 0.942, 85.0 % at 0.980, 1.0; wording 26/31, 2/89" },
  { reader: "urgency", files: urgencySet(42), recognisedAtLeast: 28, falseAlarmsAtMost: 1,
    history: "unread at 2b40990: routing 0.917, 75.0 % auto-routed at 0.967, urgent recall 1.0, precision 0.861; read: 0.95, 75.8 % at 0.978, 1.0, 0.912; wording 28/31, 1/89" },
  { reader: "urgency", files: urgencySet(44), recognisedAtLeast: 25, falseAlarmsAtMost: 2,
    history: "unread at 2b40990: routing 0.858, 76.7 % auto-routed at 0.935, urgent recall 1.0, precision 0.941; at 31685db 0.875, 76.7 % at 0.946; read: 0.908, 76.7 % at 0.957, 1.0, 0.941; wording 25/32, 2/88" },
  { reader: "urgency", files: urgencySet(45), recognisedAtLeast: 29, falseAlarmsAtMost: 2,
    history: "unread at 2b40990 and 104508f: routing 0.925, 81.7 % auto-routed at 0.980, urgent recall 0.938; at 4b93c75 0.925, 82.5 % at 0.980; read: 0.95, 80.8 % at 0.990; wording 29/32, 2/88" },
  { reader: "urgency", files: urgencySet(46), recognisedAtLeast: 25, falseAlarmsAtMost: 3,
    history: "unread at 2b40990: routing 0.925, 83.3 % auto-routed at 0.970, urgent recall 1.0, precision 0.833; at bb0094a 0.942, 80.8 % at 0.990; wording 25/30, 5/90 unread, 25/30, 3/90 when kept" },
  { reader: "urgency", files: urgencySet(43), recognisedAtLeast: 28, falseAlarmsAtMost: 4,
    history: "kept unread a session long: routing 0.908, 81.7 % auto-routed at 0.969, urgent recall 0.9375, precision 0.857 at 2b40990, 0.925, 81.7 % at 0.969, 0.9375, 0.882 at 7053c2e; read: 0.983, 80.0 % at 1.0; wording 22/32, 4/88 unread, 28/32, 4/88 when kept" },
  { reader: "urgency", files: urgencySet(36), recognisedAtLeast: 25, falseAlarmsAtMost: 8,
    history: "unread at bf25d59: routing 0.933, 83.3 % auto-routed at 0.990, urgent recall 0.968; at c4c5e53 0.933, 86.7 % at 0.981, 0.968; wording 25/31, 11/89 unread, 8/89 when kept" },
];

function jsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(path.resolve(file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

const READERS = {
  emergency: { positive: "emergency", alarms: (text: string) => detectEmergency(text) !== null },
  urgency: { positive: "urgent", alarms: (text: string) => detectUrgency(text) },
} as const;

describe.each(SETS)("blind $reader set $files.0 ($history)", (set) => {
  it(`recognises at least ${set.recognisedAtLeast} and raises at most ${set.falseAlarmsAtMost} false alarms`, () => {
    const reader = READERS[set.reader];
    const cases = set.files.flatMap(jsonLines);
    const positive = cases.filter((c) => c[reader.positive] === true);
    const negative = cases.filter((c) => c[reader.positive] === false);
    expect(positive.length + negative.length).toBe(cases.length);
    expect(positive.filter((c) => reader.alarms(String(c["text"]))).length).toBeGreaterThanOrEqual(set.recognisedAtLeast);
    expect(negative.filter((c) => reader.alarms(String(c["text"]))).length).toBeLessThanOrEqual(set.falseAlarmsAtMost);
  });
});
