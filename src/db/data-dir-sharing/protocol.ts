/**
 * The wire format between the process that holds an embedded data directory and other motcua processes using it
 * (see ./server.ts and ./client.ts): frames of a 4-byte big-endian length and a value serialised with V8's
 * structured clone (node:v8), which keeps Dates, BigInts and byte arrays as they are, so database values cross the
 * socket unchanged. Requests carry an id; answers come back with it, in any order.
 */
import { deserialize, serialize } from "node:v8";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Socket } from "node:net";

/** The file in the data directory that says where the holder listens and holds the secret (mode 0600). */
export const CONTROL_FILE = "motcua.control.json";

/** What the control file holds. */
export interface ControlFile {
  pid: number;
  /** Loopback port of the holder's server. */
  port: number;
  /** Random secret; a connection that does not present it is closed. */
  token: string;
}

/** Largest frame accepted (a result set of every procedure record is a few MB). */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;

/** What a client may ask the holder to do. */
export type RemoteMethod =
  | "query"
  | "exec"
  | "queryRaw"
  | "executeRaw"
  | "executeScript"
  | "startTransaction"
  | "txQueryRaw"
  | "txExecuteRaw"
  | "commit"
  | "rollback";

export interface RemoteRequest {
  id: number;
  method: RemoteMethod;
  args: unknown[];
}

/** A failure as it crosses the socket: Prisma's driver error object as is, anything else by name and message. */
export type WireError = { kind: "driver"; cause: unknown } | { kind: "error"; name: string; message: string; code?: string };

export type RemoteResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** The first frame a client sends. */
export interface Hello {
  hello: string;
}

/** One frame as bytes. */
export function encodeFrame(value: unknown): Buffer {
  const body = serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length, 0);
  return Buffer.concat([head, body]);
}

/** Splits a byte stream into frames. */
export class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);

  /**
   * Adds received bytes.
   *
   * @returns the values of the frames completed by them.
   * @throws Error when a frame announces more than {@link MAX_FRAME_BYTES} (the peer is not a motcua process).
   */
  push(chunk: Buffer): unknown[] {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const values: unknown[] = [];
    while (this.buffered.length >= 4) {
      const size = this.buffered.readUInt32BE(0);
      if (size > MAX_FRAME_BYTES) throw new Error("frame too large");
      if (this.buffered.length < 4 + size) break;
      values.push(deserialize(this.buffered.subarray(4, 4 + size)));
      this.buffered = this.buffered.subarray(4 + size);
    }
    return values;
  }
}

/** Calls `onFrame` for each frame arriving on `socket`; a peer sending garbage is disconnected. */
export function readFrames(socket: Socket, reader: FrameReader, onFrame: (frame: unknown) => void): void {
  socket.on("data", (chunk: Buffer) => {
    let frames: unknown[];
    try {
      frames = reader.push(chunk);
    } catch {
      socket.destroy();
      return;
    }
    for (const frame of frames) {
      if (socket.destroyed) return;
      onFrame(frame);
    }
  });
}

/** Compares two secrets in constant time (hashed first, so lengths do not leak either). */
export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const digest = (v: string) => createHash("sha256").update(v).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
