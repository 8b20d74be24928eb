/**
 * Ports of the knowledge base pages: the procedure catalogue as staff browse it and the ward's local words.
 * Implemented in src/db/repositories (Prisma).
 */
import type { LocalWord } from "../local-words.js";
import type { ProcedureLevel, ProcedureRecord } from "../types.js";

/** Filters of the procedure list. */
export interface ProcedureListQuery {
  /** Part of the name (diacritics and case ignored), or the start of a national code. */
  search?: string;
  linhVuc?: string;
  level?: ProcedureLevel;
  active?: boolean;
  offset: number;
  limit: number;
}

/** One row of the procedure list. */
export interface ProcedureListItem {
  code: string;
  name: string;
  linhVuc: string | null;
  levels: ProcedureLevel[];
  active: boolean;
  updatedAt: Date;
}

/** The procedures as staff browse and switch them. */
export interface ProcedureCatalog {
  list(query: ProcedureListQuery): Promise<{ rows: ProcedureListItem[]; total: number }>;
  /** The fields (lĩnh vực) present, for the filter. */
  fields(): Promise<string[]>;
  /** One procedure, active or not. */
  get(code: string): Promise<ProcedureRecord | null>;
  /** Switches a procedure on or off; false when it was already so (or is unknown). */
  setActive(code: string, active: boolean): Promise<boolean>;
}

/** A stored local word. */
export interface StoredLocalWord extends LocalWord {
  id: string;
  createdAt: Date;
}

/** The ward's local words. */
export interface LocalWordStore {
  list(): Promise<StoredLocalWord[]>;
  /** Adds one; null when a word with the same term exists. */
  create(word: LocalWord): Promise<StoredLocalWord | null>;
  /** Removes one; the removed word, or null when there was none. */
  remove(id: string): Promise<StoredLocalWord | null>;
  /** Changes whenever a word is added or removed: the bot reloads then. */
  version(): Promise<string>;
}
