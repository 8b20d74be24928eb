/**
 * The other side of ./server.ts: a motcua command whose embedded data directory is held by another motcua process
 * (normally the running service) connects to that process over loopback with the secret from the control file and
 * sends it its database calls.
 */
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import path from "node:path";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { AppError } from "../../core/shared/app-error.js";
import { CONTROL_FILE, encodeFrame, FrameReader, readFrames, type ControlFile, type RemoteMethod, type RemoteResponse, type WireError } from "./protocol.js";

const CONNECT_TIMEOUT_MS = 5_000;

/** An authenticated connection to the holder of a data directory. */
export class DataDirConnection {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private lost: AppError | undefined;
  private closing = false;
  private announceLoss: (error: AppError) => void = () => {};
  /** Resolves if the holder goes away while this connection is open (not when it is closed here). */
  readonly holderGone = new Promise<AppError>((resolve) => (this.announceLoss = resolve));

  private constructor(
    private readonly socket: Socket,
    /** Process id of the holder. */
    readonly holderPid: number,
    reader: FrameReader,
  ) {
    readFrames(socket, reader, (frame) => this.settle(frame as RemoteResponse));
    socket.once("close", () => {
      this.lost ??= new AppError(
        "data_dir_holder_gone",
        `the motcua process (pid ${holderPid}) that holds the data directory stopped while this command ran; run it again`,
        503,
      );
      for (const waiting of this.pending.values()) waiting.reject(this.lost);
      this.pending.clear();
      if (!this.closing) this.announceLoss(this.lost);
    });
  }

  /**
   * Connects to the process holding `dataDir`, if it serves it.
   *
   * @returns null when the data directory has no control file or nobody answers at its port (the caller then
   *   reports the data directory as in use).
   */
  static async open(dataDir: string): Promise<DataDirConnection | null> {
    let control: ControlFile;
    try {
      control = JSON.parse(readFileSync(path.join(dataDir, CONTROL_FILE), "utf8")) as ControlFile;
    } catch {
      return null;
    }
    if (!Number.isInteger(control.port) || typeof control.token !== "string") return null;
    const socket = connect({ host: "127.0.0.1", port: control.port });
    socket.setNoDelay(true);
    const reader = new FrameReader();
    const holderPid = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => done(null), CONNECT_TIMEOUT_MS);
      const done = (pid: number | null) => {
        clearTimeout(timer);
        socket.removeAllListeners("data");
        socket.removeAllListeners("error");
        socket.removeAllListeners("close");
        if (pid === null) socket.destroy();
        resolve(pid);
      };
      socket.once("connect", () => socket.write(encodeFrame({ hello: control.token })));
      socket.on("data", (chunk: Buffer) => {
        try {
          const [welcome] = reader.push(chunk) as Array<{ welcome?: number }>;
          if (welcome) done(typeof welcome.welcome === "number" ? welcome.welcome : null);
        } catch {
          done(null);
        }
      });
      socket.once("error", () => done(null));
      socket.once("close", () => done(null));
    });
    if (holderPid === null) return null;
    socket.on("error", () => undefined);
    // an idle connection does not keep the command running (it ends when its work is done, as with a local database)
    socket.unref();
    return new DataDirConnection(socket, holderPid, reader);
  }

  /** Runs one call in the holder and returns its value; a database error comes back as the same error. */
  call<T>(method: RemoteMethod, ...args: unknown[]): Promise<T> {
    if (this.lost) return Promise.reject(this.lost);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.ref();
      this.socket.write(encodeFrame({ id, method, args }));
    });
  }

  /** Closes the connection (the holder rolls back anything left open). */
  async close(): Promise<void> {
    this.closing = true;
    if (this.socket.destroyed) return;
    await new Promise<void>((resolve) => {
      this.socket.once("close", () => resolve());
      this.socket.ref();
      this.socket.end();
    });
  }

  private settle(response: RemoteResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) this.socket.unref();
    if (response.ok) waiting.resolve(response.value);
    else waiting.reject(fromWireError(response.error));
  }
}

function fromWireError(error: WireError): Error {
  // Prisma reads its driver errors by shape (unique violations become P2002, and so on), so they are rebuilt as is
  if (error.kind === "driver") return new DriverAdapterError(error.cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  const rebuilt = new Error(error.message) as Error & { code?: string };
  rebuilt.name = error.name;
  if (error.code !== undefined) rebuilt.code = error.code;
  return rebuilt;
}
