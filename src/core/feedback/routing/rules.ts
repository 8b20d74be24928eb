/**
 * Routing rules an administrator edits as data (RoutingRule rows): when a message contains one of a rule's
 * phrases, it goes to the rule's department (and category). A `keyword` rule names a subject ("đèn đường",
 * "karaoke"); a `place` rule names a place the ward has handed to one unit ("chợ Hòa An" → the market board).
 * Phrases and messages are compared folded ("đèn đường" = "den duong"), on whole syllables.
 */
import { foldText } from "../../procedures/normalize.js";

export interface RoutingRuleData {
  kind: "keyword" | "place";
  phrases: string[];
  departmentCode: string;
  categoryCode: string | null;
  /** Higher first; among equal priorities, place rules before keyword rules, then the longest phrase. */
  priority: number;
}

interface CompiledRule {
  rule: RoutingRuleData;
  phrases: string[];
}

/** Rules compiled once (folded phrases, order fixed) and matched against folded messages. */
export class RoutingRules {
  private readonly compiled: CompiledRule[];

  constructor(rules: readonly RoutingRuleData[]) {
    this.compiled = rules
      .map((rule) => ({ rule, phrases: rule.phrases.map((p) => ` ${foldText(p)} `).filter((p) => p.trim().length > 0) }))
      .filter((c) => c.phrases.length > 0)
      .sort((a, b) => b.rule.priority - a.rule.priority || kindRank(b.rule) - kindRank(a.rule) || longest(b.phrases) - longest(a.phrases));
  }

  get size(): number {
    return this.compiled.length;
  }

  /**
   * The first rule one of whose phrases occurs in the message.
   *
   * @param folded - the message as {@link foldText} gives it.
   */
  match(folded: string): RoutingRuleData | null {
    const padded = ` ${folded} `;
    for (const c of this.compiled) {
      if (c.phrases.some((p) => padded.includes(p))) return c.rule;
    }
    return null;
  }
}

function kindRank(r: RoutingRuleData): number {
  return r.kind === "place" ? 1 : 0;
}

function longest(phrases: string[]): number {
  return Math.max(...phrases.map((p) => p.length));
}
