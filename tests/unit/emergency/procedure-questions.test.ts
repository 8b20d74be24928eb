/**
 * Issue #16 point 1: things that only look like emergencies stay procedure questions. Every question of the
 * project's own Q&A sets (tests/fixtures/qa-own*.jsonl, out-of-scope.jsonl: 1,467 questions written by citizens'
 * hands for the search, none an emergency) goes through the detector; an alarm there sends a citizen asking about
 * paperwork to 113/114/115. The ceiling is the count now (6; 16 before: 'định danh' read as 'định đánh', 'vay
 * nhà' as 'vây nhà', 'đổi bằng lái' as 'đòi bắn', 'Trần Phú hỏng' as 'phù họng', a leaning tree one asks to cut
 * down, an accident told to ask for the poor-household list); the vocabulary may grow, the alarms on questions
 * may not.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectEmergency } from "../../../src/core/conversation/emergency/detect-emergency.js";

const FIXTURES = "tests/fixtures";
const files = readdirSync(FIXTURES).filter((f) => /^qa-own.*\.jsonl$|^out-of-scope\.jsonl$/u.test(f));
const questions = files.flatMap((f) =>
  readFileSync(path.join(FIXTURES, f), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const row = JSON.parse(l) as { question?: string; text?: string };
      return row.question ?? row.text ?? "";
    }),
);

describe("procedure questions are not emergencies", () => {
  it("reads the kept Q&A sets", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.trim()).length).toBeGreaterThanOrEqual(1400);
  });

  it("raises no more alarms over them than when this measure was added", async () => {
    const alarms: string[] = [];
    for (const [i, q] of questions.entries()) {
      if (detectEmergency(q) !== null) alarms.push(q);
      // (the event loop gets a turn now and then, so the test runner's worker keeps answering its host)
      if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(alarms.length, alarms.join("\n")).toBeLessThanOrEqual(6);
    // (over 12,000 questions: about 10 s alone, 31 s while another test run shared the two cores)
  }, 120_000);

  it.each([
    "kich hoat tai khoan dinh danh muc 2 vneid o dau",
    "Ngân hàng cần giấy xác nhận số định danh mới là của cùng một người",
    "hàng xóm vay nhà tôi 50 triệu không trả, giờ làm sao đòi được",
    "doi bang lai xe o to het han",
    "den duong ngo 5 tran phu hong 3 hom nay",
    "Cây xà cừ trước nhà nghiêng sắp đổ, muốn xin chặt thì làm giấy gì",
    "chồng bị tai nạn nằm một chỗ, muốn xin vào hộ cận nghèo giữa năm được không",
    "mua căn hộ chung cư thì đăng ký thường trú thế nào",
    "đường ngập nước nên tiệm không mở được cửa bán hàng",
    "bị chó cắn thì tiêm phòng dại ở đâu",
    "con chó nhà tôi bị chó hàng xóm cắn rách tai",
    "nguoi ta ngat dien tu sang, bao gio co dien lai",
    "cho em xin xiu o nha tam",
    "bếp ga nhà tôi bị hỏng, muốn hỏi chỗ sửa",
    "mua to qua, ho nuoc sau nha sap tran",
    "xác chuột chết nằm trước cửa bốc mùi",
    "cái tivi nhà tôi bị chập cháy, hỏi chỗ sửa",
    "hôm trước em bị ngất ở chợ, giờ khỏe rồi, cảm ơn mọi người hỏi thăm",
  ])("%s → none", (text) => {
    expect(detectEmergency(text)).toBeNull();
  });
});
