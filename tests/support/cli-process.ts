import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the real `motcua` CLI from source (through tsx) with a clean environment plus `env`; `stdin: "pipe"` to type into it. */
export function runCli(args: string[], env: Record<string, string>, options: { stdin?: "pipe" | "ignore" } = {}): CliRun {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LOG_LEVEL: "info", NODE_ENV: "production", ...env },
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits until the service logs that it listens and returns its port (fails if the process exits first). Starting from source through tsx took 60 s on the shared 2-core machine at a load of 20, and over 90 s beside a test run. */
export async function waitForListening(run: CliRun, timeoutMs = 180_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void run.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    for (const line of run.stdout().split("\n")) {
      if (!line.startsWith("{")) continue;
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === "motcua is listening" && entry.port) return entry.port;
    }
    if (exited) throw new Error(`service exited before listening:\n${run.stderr()}\n${run.stdout()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`service did not listen within ${timeoutMs} ms:\n${run.stderr()}`);
}

/** Parsed JSON log lines of a run. */
export function logLines(run: CliRun): Array<Record<string, unknown>> {
  return run
    .stdout()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
