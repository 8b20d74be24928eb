/**
 * Evaluation of emergency detection over labelled messages: how many emergencies are recognised (recall), how
 * often the right number leads the reply, and how many ordinary messages are taken for emergencies (false alarms).
 */
import { detectEmergency } from "./detect-emergency.js";
import type { EmergencyService } from "./lexicon.vi.js";

/** One labelled message. `service`: the number that should lead the reply, when the writer named one. */
export interface EmergencyCase {
  id?: string;
  text: string;
  emergency: boolean;
  service?: EmergencyService;
  style?: string[];
  /** Which set it came from (a file name), for the per-set figures. */
  set?: string;
}

export interface EmergencyReport {
  emergencies: { n: number; detected: number; recall: number; rightNumberFirst: { n: number; correct: number } };
  nonEmergencies: { n: number; falseAlarms: number; falseAlarmRate: number };
  /** Recall of emergencies per style tag (e.g. no_diacritics, telex). */
  byStyle: Record<string, { n: number; recall: number }>;
  bySet: Record<string, { emergencies: number; recall: number; nonEmergencies: number; falseAlarms: number }>;
  /** Ids (or texts when a case has no id) of the emergencies missed and of the false alarms. */
  missed: string[];
  falseAlarms: string[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);

/**
 * Runs the detector over every case and scores it.
 *
 * @param cases - labelled messages.
 * @returns the report.
 */
export function evaluateEmergencies(cases: readonly EmergencyCase[]): EmergencyReport {
  const styles = new Map<string, { n: number; hit: number }>();
  const sets = new Map<string, { emergencies: number; hit: number; nonEmergencies: number; falseAlarms: number }>();
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  let emergencies = 0;
  let detected = 0;
  let numbered = 0;
  let rightNumber = 0;
  let ordinary = 0;
  for (const c of cases) {
    const found = detectEmergency(c.text);
    const set = sets.get(c.set ?? "") ?? { emergencies: 0, hit: 0, nonEmergencies: 0, falseAlarms: 0 };
    sets.set(c.set ?? "", set);
    if (!c.emergency) {
      ordinary++;
      set.nonEmergencies++;
      if (found) {
        set.falseAlarms++;
        falseAlarms.push(c.id ?? c.text);
      }
      continue;
    }
    emergencies++;
    set.emergencies++;
    if (found) {
      detected++;
      set.hit++;
    } else {
      missed.push(c.id ?? c.text);
    }
    if (c.service) {
      numbered++;
      if (found?.services[0] === c.service) rightNumber++;
    }
    for (const tag of c.style ?? []) {
      const s = styles.get(tag) ?? { n: 0, hit: 0 };
      s.n++;
      if (found) s.hit++;
      styles.set(tag, s);
    }
  }
  return {
    emergencies: { n: emergencies, detected, recall: ratio(detected, emergencies), rightNumberFirst: { n: numbered, correct: rightNumber } },
    nonEmergencies: { n: ordinary, falseAlarms: falseAlarms.length, falseAlarmRate: ratio(falseAlarms.length, ordinary) },
    byStyle: Object.fromEntries([...styles].map(([tag, s]) => [tag, { n: s.n, recall: ratio(s.hit, s.n) }])),
    bySet: Object.fromEntries(
      [...sets].map(([name, s]) => [name, { emergencies: s.emergencies, recall: ratio(s.hit, s.emergencies), nonEmergencies: s.nonEmergencies, falseAlarms: s.falseAlarms }]),
    ),
    missed,
    falseAlarms,
  };
}
