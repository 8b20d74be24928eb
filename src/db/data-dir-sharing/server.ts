/**
 * The holder's side of a shared embedded data directory. PGlite allows one process per data directory, so the
 * process that opened it (normally `motcua start`) runs other motcua commands' database calls for them: it listens
 * on 127.0.0.1 only, on a port written with a random secret to DATA_DIR/motcua.control.json (mode 0600, readable by
 * the data directory's owner only), and runs each call on its own PGlite, where they queue behind its own work on
 * PGlite's one connection. A command's transaction holds that connection like a local one; a command that dies or
 * stalls has its transaction rolled back.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { IsolationLevel, SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { CONTROL_FILE, encodeFrame, FrameReader, readFrames, sameSecret, type ControlFile, type RemoteRequest, type RemoteResponse, type WireError } from "./protocol.js";

/** A transaction a command keeps open longer than this is rolled back and its connection closed. */
const MAX_TRANSACTION_MS = 60_000;
/** A connection must present the secret within this time. */
const HELLO_TIMEOUT_MS = 5_000;

export interface DataDirServer {
  /** Stops accepting, rolls back open transactions, closes connections and removes the control file. */
  close(): Promise<void>;
}

/**
 * Starts serving `pglite` to other motcua processes of the same data directory.
 *
 * @param dataDir - the data directory (the control file is written there).
 * @param pglite - the open embedded database.
 */
export async function serveDataDir(dataDir: string, pglite: PGlite): Promise<DataDirServer> {
  const token = randomBytes(32).toString("base64url");
  const adapter = await new PrismaPGlite(pglite).connect();
  const connections = new Set<Socket>();
  const server = createServer((socket) => {
    connections.add(socket);
    socket.once("close", () => connections.delete(socket));
    serveConnection(socket, token, pglite, adapter);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  server.on("error", () => undefined);
  const file = path.join(dataDir, CONTROL_FILE);
  writeControlFile(file, { pid: process.pid, port: portOf(server), token });
  let closing: Promise<void> | undefined;
  return {
    close: () =>
      (closing ??= (async () => {
        removeControlFile(file);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of connections) socket.destroy();
        await closed;
      })()),
  };
}

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("control server has no port");
  return address.port;
}

/** Written under a temporary name and renamed, so a reader never sees half a file; 0600 from the start. */
function writeControlFile(file: string, content: ControlFile): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(content), { mode: 0o600 });
  renameSync(temporary, file);
}

function removeControlFile(file: string): void {
  try {
    const content = JSON.parse(readFileSync(file, "utf8")) as Partial<ControlFile>;
    if (content.pid === process.pid) unlinkSync(file);
  } catch {
    // gone already, or another holder's
  }
}

function serveConnection(socket: Socket, token: string, pglite: PGlite, adapter: SqlDriverAdapter): void {
  const reader = new FrameReader();
  const transactions = new Map<number, { tx: Transaction; timer: NodeJS.Timeout }>();
  let nextTransaction = 1;
  let authenticated = false;
  const helloTimer = setTimeout(() => socket.destroy(), HELLO_TIMEOUT_MS);
  helloTimer.unref();

  const endTransaction = async (id: number, how: "commit" | "rollback") => {
    const open = transactions.get(id);
    if (!open) throw new Error(`no open transaction ${id}`);
    transactions.delete(id);
    clearTimeout(open.timer);
    await (how === "commit" ? open.tx.commit() : open.tx.rollback());
  };
  const transaction = (id: unknown) => {
    const open = transactions.get(Number(id));
    if (!open) throw new Error(`no open transaction ${String(id)}`);
    return open.tx;
  };

  const run = async (request: RemoteRequest): Promise<unknown> => {
    const [a, b] = request.args;
    switch (request.method) {
      case "query": {
        const result = await pglite.query(String(a), (b as unknown[] | undefined) ?? []);
        return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
      }
      case "exec":
        await pglite.exec(String(a));
        return null;
      case "queryRaw":
        return adapter.queryRaw(a as SqlQuery);
      case "executeRaw":
        return adapter.executeRaw(a as SqlQuery);
      case "executeScript":
        return adapter.executeScript(String(a));
      case "startTransaction": {
        const tx = await adapter.startTransaction(a as IsolationLevel | undefined);
        const id = nextTransaction++;
        // a command stopped with Ctrl-Z must not hold the service's only connection for ever
        const timer = setTimeout(() => void endTransaction(id, "rollback").finally(() => socket.destroy()), MAX_TRANSACTION_MS);
        timer.unref();
        transactions.set(id, { tx, timer });
        return { id, options: tx.options };
      }
      case "txQueryRaw":
        return transaction(a).queryRaw(b as SqlQuery);
      case "txExecuteRaw":
        return transaction(a).executeRaw(b as SqlQuery);
      case "commit":
      case "rollback":
        await endTransaction(Number(a), request.method);
        return null;
    }
  };

  const answer = (response: RemoteResponse) => {
    if (socket.writable) socket.write(encodeFrame(response));
  };

  readFrames(socket, reader, (frame) => {
    if (!authenticated) {
      if (!sameSecret((frame as { hello?: unknown } | null)?.hello, token)) {
        socket.destroy();
        return;
      }
      authenticated = true;
      clearTimeout(helloTimer);
      socket.write(encodeFrame({ welcome: process.pid }));
      return;
    }
    const request = frame as RemoteRequest;
    run(request).then(
      (value) => answer({ id: request.id, ok: true, value }),
      (error: unknown) => answer({ id: request.id, ok: false, error: toWireError(error) }),
    );
  });
  socket.on("error", () => undefined);
  socket.once("close", () => {
    clearTimeout(helloTimer);
    // the command went away mid-transaction: its changes are undone and the connection is free again
    for (const id of [...transactions.keys()]) void endTransaction(id, "rollback").catch(() => undefined);
  });
}

function toWireError(error: unknown): WireError {
  const e = error as { name?: unknown; message?: unknown; cause?: unknown; code?: unknown };
  if (e?.name === "DriverAdapterError" && typeof e.cause === "object") return { kind: "driver", cause: e.cause };
  return {
    kind: "error",
    name: typeof e?.name === "string" ? e.name : "Error",
    message: typeof e?.message === "string" ? e.message : String(error),
    ...(typeof e?.code === "string" ? { code: e.code } : {}),
  };
}
