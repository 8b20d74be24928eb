/**
 * Ports the procedure knowledge base needs from the outside world. Implemented in src/db (Prisma) and by
 * in-memory fakes in tests; core code depends only on these interfaces.
 */
import type { ProcedureLevel, ProcedureRecord } from "./types.js";

/** What the store knows about one procedure, enough to decide created / updated / unchanged on import. */
export interface StoredProcedureState {
  code: string;
  contentHash: string;
  active: boolean;
  levels: ProcedureLevel[];
}

/** A record to write, with its content hash (see procedureContentHash). Written as active. */
export interface ProcedureWrite {
  record: ProcedureRecord;
  contentHash: string;
}

/** Persistent store of procedure records, keyed by national code. */
export interface ProcedureRepository {
  /** Every stored procedure (active or not) with its hash. */
  listCodesAndHashes(): Promise<StoredProcedureState[]>;
  /** Inserts or replaces by code; the whole batch is written or none of it. */
  upsertMany(records: readonly ProcedureWrite[]): Promise<void>;
  /** Marks these codes inactive; returns how many were active before. */
  deactivate(codes: readonly string[]): Promise<number>;
  /** Active procedures, for building the search index. */
  listActive(): Promise<ProcedureRecord[]>;
  /** Changes whenever any procedure is written or (de)activated: a running service rebuilds its index then. */
  version(): Promise<string>;
}
