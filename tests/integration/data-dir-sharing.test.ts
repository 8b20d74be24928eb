/**
 * Sharing an embedded data directory: a second "process" (here the remote side in the same test process, which is
 * all the mechanism sees of it: a loopback connection and the control file) runs its Prisma calls, transactions and
 * hot-path SQL in the process that holds the database.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../../src/core/shared/app-error.js";
import { listMigrationNames } from "../../src/db/migrate.js";
import { MIGRATIONS_DIR, openDatabase, type Database } from "../../src/db/database.js";
import { DataDirConnection } from "../../src/db/data-dir-sharing/client.js";
import { CONTROL_FILE, encodeFrame, FrameReader, type ControlFile } from "../../src/db/data-dir-sharing/protocol.js";
import { openRemoteDatabase } from "../../src/db/data-dir-sharing/remote-database.js";
import { sqlStatement } from "../../src/db/sql.js";

// PGlite only: this is how the embedded database is shared; PostgreSQL is opened directly by every process.
describe.skipIf(process.env.TEST_DATABASE_URL)("a data directory held by another process", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "motcua-share-"));
  let holder: Database;
  let remote: Database;

  beforeAll(async () => {
    holder = await openDatabase({ dataDir });
    const opened = await openRemoteDatabase(dataDir, MIGRATIONS_DIR);
    if (!opened) throw new Error("the holder does not serve its data directory");
    remote = opened;
  });
  afterAll(async () => {
    await remote?.close();
    await holder?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps the secret in a control file only its owner can read", () => {
    const file = path.join(dataDir, CONTROL_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const control = JSON.parse(readFileSync(file, "utf8")) as ControlFile;
    expect(control.pid).toBe(process.pid);
    expect(control.token.length).toBeGreaterThanOrEqual(40);
  });

  it("writes through Prisma on one side and reads it on the other", async () => {
    await remote.prisma.channelCredential.create({ data: { id: "share:1", refreshToken: "rt" } });
    expect((await holder.prisma.channelCredential.findUnique({ where: { id: "share:1" } }))?.refreshToken).toBe("rt");
    const row = await remote.prisma.channelCredential.findUniqueOrThrow({ where: { id: "share:1" } });
    expect(row.updatedAt).toBeInstanceOf(Date);
    expect(row.version).toBe(0);
  });

  it("reports a unique violation as Prisma's P2002, as a local database would", async () => {
    const error = await remote.prisma.channelCredential.create({ data: { id: "share:1", refreshToken: "again" } }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe("P2002");
  });

  it("commits an interactive transaction, and rolls back one that throws", async () => {
    await remote.prisma.$transaction(async (tx) => {
      await tx.channelCredential.create({ data: { id: "share:tx-ok", refreshToken: "a" } });
      await tx.channelCredential.update({ where: { id: "share:tx-ok" }, data: { version: 5 } });
    });
    expect((await holder.prisma.channelCredential.findUnique({ where: { id: "share:tx-ok" } }))?.version).toBe(5);
    const failed = await remote.prisma
      .$transaction(async (tx) => {
        await tx.channelCredential.create({ data: { id: "share:tx-bad", refreshToken: "b" } });
        throw new Error("changed my mind");
      })
      .catch((e: unknown) => e);
    expect((failed as Error).message).toBe("changed my mind");
    expect(await holder.prisma.channelCredential.findUnique({ where: { id: "share:tx-bad" } })).toBeNull();
  });

  it("runs the hot-path SQL runner remotely", async () => {
    const insert = sqlStatement(`INSERT INTO "ChannelCredential" ("id", "refreshToken", "updatedAt") VALUES ($1, $2, now())`);
    const select = sqlStatement(`SELECT "refreshToken" FROM "ChannelCredential" WHERE "id" = $1`);
    expect(await remote.sql.count(insert, ["share:sql", "s"])).toBe(1);
    expect(await remote.sql.rows<{ refreshToken: string }>(select, ["share:sql"])).toEqual([{ refreshToken: "s" }]);
    expect(await remote.isReady()).toEqual({ ok: true });
  });

  it("rolls back the transaction of a command that went away, and the holder goes on", async () => {
    const connection = await DataDirConnection.open(dataDir);
    if (!connection) throw new Error("no connection");
    const { id } = await connection.call<{ id: number }>("startTransaction");
    const insert = { sql: `INSERT INTO "ChannelCredential" ("id", "refreshToken", "updatedAt") VALUES ($1, $2, now())`, args: ["share:gone", "g"], argTypes: [{ scalarType: "string", arity: "scalar" }, { scalarType: "string", arity: "scalar" }] };
    expect(await connection.call("txExecuteRaw", id, insert)).toBe(1);
    await connection.close();
    // the holder's next query is not stuck behind the abandoned transaction, and nothing of it was kept
    expect(await holder.prisma.channelCredential.findUnique({ where: { id: "share:gone" } })).toBeNull();
  });

  it("closes a connection that does not present the secret, without answering", async () => {
    const control = JSON.parse(readFileSync(path.join(dataDir, CONTROL_FILE), "utf8")) as ControlFile;
    const socket = connect({ host: "127.0.0.1", port: control.port });
    const reader = new FrameReader();
    const frames: unknown[] = [];
    socket.on("data", (chunk: Buffer) => frames.push(...reader.push(chunk)));
    socket.on("connect", () => {
      socket.write(encodeFrame({ hello: "not-the-secret" }));
      socket.write(encodeFrame({ id: 1, method: "query", args: ["SELECT 1"] }));
    });
    await new Promise<void>((resolve) => socket.once("close", () => resolve()));
    expect(frames).toEqual([]);
  });

  it("refuses to run a program whose migrations the holder has not applied", async () => {
    const newer = mkdtempSync(path.join(tmpdir(), "motcua-migrations-"));
    for (const name of await listMigrationNames(MIGRATIONS_DIR)) mkdirSync(path.join(newer, name));
    mkdirSync(path.join(newer, "99991231000000_from_the_future"));
    const error = await openRemoteDatabase(dataDir, newer).catch((e: unknown) => e);
    rmSync(newer, { recursive: true, force: true });
    expect(isAppError(error) && error.code).toBe("data_dir_schema_behind");
    expect((error as Error).message).toContain("99991231000000_from_the_future");
  });

  it("fails calls clearly once the holder has stopped, and removes its control file", async () => {
    const closedHere = await openRemoteDatabase(dataDir, MIGRATIONS_DIR);
    let closedHereGone = false;
    void closedHere!.holderGone?.then(() => (closedHereGone = true));
    await closedHere!.close();
    const last = await openRemoteDatabase(dataDir, MIGRATIONS_DIR);
    await holder.close();
    expect((await last!.holderGone)?.message).toMatch(/stopped while this command ran/);
    expect(closedHereGone).toBe(false); // closing one's own connection is not the holder going away
    expect(() => statSync(path.join(dataDir, CONTROL_FILE))).toThrow();
    const error = await last!.prisma.channelCredential.count().catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/stopped while this command ran/);
    await last!.close();
    expect(await openRemoteDatabase(dataDir, MIGRATIONS_DIR)).toBeNull();
  });
});
