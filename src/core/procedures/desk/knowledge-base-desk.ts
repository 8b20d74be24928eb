/**
 * The knowledge base as staff work it (issue #10 point 5): browse procedures, see one exactly as the bot quotes
 * it, try a question against the same search the bot runs (with the ward's local words), switch procedures on and
 * off, and keep the local words. Every change is checked against the permission table and audited.
 */
import type { AuditTrail } from "../../audit/audit-trail.js";
import { invalidInput, AppError } from "../../shared/app-error.js";
import type { Actor } from "../../staff/actor.js";
import { assertAllowed } from "../../staff/permissions.js";
import { composeAnswer } from "../answer.js";
import { splitSyllables } from "../normalize.js";
import type { ProcedureRepository } from "../ports.js";
import { ProcedureQA, type ProcedureQAResult } from "../procedure-qa.js";
import type { PreferredLevel } from "../search.js";
import type { ProcedureRecord } from "../types.js";
import type { LocalWordStore, ProcedureCatalog, ProcedureListItem, ProcedureListQuery, StoredLocalWord } from "./ports.js";

/** Longest question tried, as a chat message would be. */
const MAX_QUESTION = 1000;
const MAX_TERM = 60;
const MAX_EXPANSION = 200;
const NATIONAL_CODE = /^\d\.\d{6}$/;

export interface KnowledgeBaseDeskDeps {
  catalog: ProcedureCatalog;
  procedures: ProcedureRepository;
  localWords: LocalWordStore;
  audit: AuditTrail;
  /** The organisation's level, favoured in ranking as the bot does. */
  preferLevel: () => Promise<PreferredLevel>;
}

/** A procedure with the answer the bot sends about it. */
export interface ProcedureView {
  record: ProcedureRecord;
  /** The bot's answer to a question about the procedure as a whole. */
  botAnswer: string;
}

/** What the bot would do with a question, with the ranked candidates and their scores. */
export interface TriedQuestion extends ProcedureQAResult {
  question: string;
}

/** A local word as entered in the form. */
export interface LocalWordInput {
  term: string;
  /** Search words; ignored when a procedure code is given. */
  expansion: string;
  procedureCode: string;
}

export class KnowledgeBaseDesk {
  private qa: { version: string; qa: ProcedureQA } | null = null;

  constructor(private readonly deps: KnowledgeBaseDeskDeps) {}

  /** A page of procedures matching the filters, and how many match in all. */
  async list(actor: Actor, query: ProcedureListQuery): Promise<{ rows: ProcedureListItem[]; total: number }> {
    assertAllowed(actor, "kb.view");
    return this.deps.catalog.list(query);
  }

  /** The fields (lĩnh vực) of the stored procedures, for the list's filter. */
  async fields(actor: Actor): Promise<string[]> {
    assertAllowed(actor, "kb.view");
    return this.deps.catalog.fields();
  }

  /**
   * One procedure and the bot's answer about it (the same renderer the bot uses).
   *
   * @throws AppError `not_found` (404).
   */
  async procedure(actor: Actor, code: string): Promise<ProcedureView> {
    assertAllowed(actor, "kb.view");
    const record = NATIONAL_CODE.test(code) ? await this.deps.catalog.get(code) : null;
    if (!record) throw new AppError("not_found", "no such procedure", 404);
    return { record, botAnswer: composeAnswer(record, "overview") };
  }

  /**
   * What the bot would answer to a question: the same index, level preference and local words, rebuilt when
   * procedures or local words changed.
   *
   * @throws AppError `invalid_input` (question: required | too_long).
   */
  async tryQuestion(actor: Actor, question: string): Promise<TriedQuestion> {
    assertAllowed(actor, "kb.view");
    const text = question.trim();
    if (!text) throw invalidInput({ question: "required" });
    if (text.length > MAX_QUESTION) throw invalidInput({ question: "too_long" });
    const qa = await this.currentQa();
    return { question: text, ...qa.ask(text) };
  }

  /**
   * Switches a procedure on or off for the bot (it follows within a minute), audited.
   *
   * @returns false when it already was.
   * @throws AppError `not_found` (404).
   */
  async setActive(actor: Actor, code: string, active: boolean): Promise<boolean> {
    assertAllowed(actor, "kb.edit");
    const record = NATIONAL_CODE.test(code) ? await this.deps.catalog.get(code) : null;
    if (!record) throw new AppError("not_found", "no such procedure", 404);
    const changed = await this.deps.catalog.setActive(code, active);
    if (changed) {
      await this.deps.audit.record({ actor, action: active ? "procedure.activate" : "procedure.deactivate", entityType: "procedure", entityId: code, before: { active: !active }, after: { active } });
    }
    return changed;
  }

  /** The ward's local words, by term. */
  async localWords(actor: Actor): Promise<StoredLocalWord[]> {
    assertAllowed(actor, "kb.view");
    return (await this.deps.localWords.list()).sort((a, b) => a.term.localeCompare(b.term, "vi"));
  }

  /**
   * Adds a local word (it reaches the bot within a minute), audited.
   *
   * @throws AppError `invalid_input` (term: required | too_long | taken; expansion: required | too_long;
   *   procedureCode: invalid | unknown).
   */
  async addLocalWord(actor: Actor, input: LocalWordInput): Promise<StoredLocalWord> {
    assertAllowed(actor, "kb.edit");
    const term = input.term.replace(/\s+/gu, " ").trim();
    const code = input.procedureCode.trim();
    const expansion = code ? "" : input.expansion.replace(/\s+/gu, " ").trim();
    const problems: Record<string, string> = {};
    if (splitSyllables(term).length === 0) problems.term = "required";
    else if (term.length > MAX_TERM) problems.term = "too_long";
    if (code) {
      if (!NATIONAL_CODE.test(code)) problems.procedureCode = "invalid";
      else if (!(await this.deps.catalog.get(code))) problems.procedureCode = "unknown";
    } else if (splitSyllables(expansion).length === 0) problems.expansion = "required";
    else if (expansion.length > MAX_EXPANSION) problems.expansion = "too_long";
    if (Object.keys(problems).length > 0) throw invalidInput(problems);
    const created = await this.deps.localWords.create({ term, expansion, procedureCode: code || null });
    if (!created) throw invalidInput({ term: "taken" });
    await this.deps.audit.record({ actor, action: "local_word.create", entityType: "local_word", entityId: created.id, after: { term, expansion, procedureCode: created.procedureCode } });
    return created;
  }

  /**
   * Removes a local word, audited.
   *
   * @throws AppError `not_found` (404).
   */
  async removeLocalWord(actor: Actor, id: string): Promise<void> {
    assertAllowed(actor, "kb.edit");
    const removed = /^[0-9a-f-]{36}$/i.test(id) ? await this.deps.localWords.remove(id) : null;
    if (!removed) throw new AppError("not_found", "no such local word", 404);
    await this.deps.audit.record({ actor, action: "local_word.delete", entityType: "local_word", entityId: id, before: { term: removed.term, expansion: removed.expansion, procedureCode: removed.procedureCode } });
  }

  private async currentQa(): Promise<ProcedureQA> {
    const version = `${await this.deps.procedures.version()}|${await this.deps.localWords.version()}`;
    if (this.qa?.version === version) return this.qa.qa;
    const [records, words, preferLevel] = await Promise.all([this.deps.procedures.listActive(), this.deps.localWords.list(), this.deps.preferLevel()]);
    const qa = new ProcedureQA(records, { preferLevel, localWords: words });
    this.qa = { version, qa };
    return qa;
  }
}
