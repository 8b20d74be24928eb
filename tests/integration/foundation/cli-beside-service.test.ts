import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, waitForListening, type CliRun } from "../../support/cli-process.js";

// Commands beside a running service on the embedded database, as an operator types them: PGlite allows one process
// per data directory, so `chat` and `import` reach the database through the service. PostgreSQL is opened directly
// by every command, which the rest of the suite covers.
describe.skipIf(process.env.TEST_DATABASE_URL)("motcua commands while the service runs on the embedded database", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "motcua-beside-"));
  const env = { DATA_DIR: dataDir, PORT: "0", ADMIN_EMAIL: "admin@example.vn", ADMIN_PASSWORD: "a-long-password" };
  const file = path.join(dataDir, "nuoi-yen.jsonl");
  let service: CliRun;
  let chat: CliRun | undefined;

  beforeAll(async () => {
    // a procedure the demo knowledge base does not have, in the project's import format
    const record = {
      code: "9.900001",
      name: "Cấp giấy chứng nhận đủ điều kiện nuôi chim yến",
      linhVuc: "Nông nghiệp",
      levels: ["xa"],
      channels: [{ kind: "counter", timeLimit: "7 ngày làm việc", fee: "Không thu phí" }],
      documents: ["Đơn đề nghị nuôi chim yến", "Sơ đồ nhà nuôi yến"],
      keywords: ["nuôi yến", "nhà yến"],
    };
    writeFileSync(file, `${JSON.stringify(record)}\n`);
    service = runCli(["start"], env);
    await waitForListening(service);
  }, 210_000);

  afterAll(async () => {
    chat?.child.kill("SIGTERM");
    service?.child.kill("SIGTERM");
    await service?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("chats, imports, and the imported procedure answers in the running chat within a minute", async () => {
    chat = runCli(["chat", "--user", "ba-lan"], env, { stdin: "pipe" });
    const say = (line: string) => chat!.child.stdin!.write(`${line}\n`);
    const answers = () => chat!.stdout().split("\n> ");
    await until(() => answers().length >= 2, 60_000, () => `chat did not start:\n${chat!.stderr()}`);

    say("thủ tục nuôi chim yến");
    await until(() => answers().length >= 3, 30_000, () => chat!.stderr());
    expect(answers()[1]).not.toContain("9.900001");

    const imported = runCli(["import", "procedures", file], env);
    const exit = await imported.exited;
    expect(imported.stderr()).not.toMatch(/in use/);
    expect(exit.code).toBe(0);
    expect(imported.stdout()).toMatch(/created:\s+1/);

    // the chat keeps running and picks the new record up on its own
    const deadline = Date.now() + 60_000;
    while (!answers().some((a) => a.includes("9.900001"))) {
      if (Date.now() > deadline) throw new Error(`the imported procedure was not answered within a minute:\n${chat.stdout()}`);
      const before = answers().length;
      say("thủ tục nuôi chim yến");
      await until(() => answers().length > before, 30_000, () => chat!.stderr());
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    const answer = answers().find((a) => a.includes("9.900001")) ?? "";
    expect(answer).toContain("nuôi chim yến");
    expect(answer).toContain("7 ngày làm việc");

    chat.child.stdin!.end("/exit\n");
    expect((await chat.exited).code).toBe(0);
    expect(chat.stderr()).not.toMatch(/in use|unexpected error/);

    // `ask` reads the same database, and the service is still healthy after all this
    const asking = runCli(["ask", "nuôi chim yến cần giấy tờ gì"], env);
    expect((await asking.exited).code).toBe(0);
    expect(asking.stdout()).toContain("Đơn đề nghị nuôi chim yến");
  }, 240_000);

  it("still refuses a second service on the same data directory", async () => {
    const second = runCli(["start"], env);
    expect((await second.exited).code).toBe(1);
    expect(second.stderr()).toMatch(/in use by another motcua process/);
  }, 60_000);

  it("ends a chat clearly when the service it goes through stops", async () => {
    const lastChat = runCli(["chat", "--user", "ba-lan"], env, { stdin: "pipe" });
    await until(() => lastChat.stdout().includes("\n> "), 60_000, () => lastChat.stderr());
    service.child.kill("SIGTERM");
    expect((await service.exited).code).toBe(0);
    const exit = await lastChat.exited;
    expect(exit.code).toBe(1);
    expect(lastChat.stderr()).toMatch(/holds the data directory stopped while this command ran; run it again/);
  }, 120_000);
});

async function until(condition: () => boolean, timeoutMs: number, explain: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
