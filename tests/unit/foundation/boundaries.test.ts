import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import boundaries of DESIGN.md §2 are lint rules; these cases prove the rules catch what they must.
const eslint = new ESLint({ cwd: new URL("../../..", import.meta.url).pathname });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("import boundaries", () => {
  it.each([
    ["src/core/procedures/x.ts", 'import { openDatabase } from "../../db/database.js";\nexport const x = openDatabase;\n'],
    ["src/core/conversation/x.ts", 'import express from "express";\nexport const x = express;\n'],
    ["src/core/conversation/x.ts", 'import { PrismaClient } from "../../generated/prisma/client.js";\nexport const x = PrismaClient;\n'],
    ["bots/telegram/x.ts", 'import { openDatabase } from "../../src/db/database.js";\nexport const x = openDatabase;\n'],
    ["bots/telegram/x.ts", 'import { y } from "../zalo/client.js";\nexport const x = y;\n'],
    ["src/http/routes/x.ts", 'import { PrismaClient } from "../../generated/prisma/client.js";\nexport const x = PrismaClient;\n'],
    ["src/db/x.ts", 'import { openTestDb } from "../../tests/support/db.js";\nexport const x = openTestDb;\n'],
    ["src/jobs/x.ts", 'import { PrismaDeliveryQueue } from "../db/repositories/delivery-repository.js";\nexport const x = PrismaDeliveryQueue;\n'],
    ["src/core/procedures/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n'],
  ])("rejects a forbidden import in %s", async (file, code) => {
    expect(await messages(file, code)).toContain("no-restricted-imports");
  });

  it("rejects process.env outside src/config.ts", async () => {
    expect(await messages("src/http/x.ts", "export const port = process.env.PORT;\n")).toContain("no-restricted-properties");
    expect(await messages("src/config.ts", "export const port = process.env.PORT;\n")).not.toContain("no-restricted-properties");
  });

  it("allows core to import core and bots to import core contracts", async () => {
    expect(await messages("src/core/conversation/x.ts", 'import { ChannelError } from "../channels/contract.js";\nexport const x = ChannelError;\n')).toEqual([]);
    expect(await messages("bots/telegram/x.ts", 'import { ChannelError } from "../../src/core/channels/contract.js";\nexport const x = ChannelError;\n')).toEqual([]);
  });
});
