/**
 * A tiny procedure knowledge base for conversation tests: three records written for the tests, answering through
 * the same port the real Q&A implements. "khai sinh" alone is ambiguous on purpose.
 */
import type { ProcedureAnswer, ProcedureAnswers } from "../../../src/core/conversation/procedure-answers.js";
import { foldForIntent } from "../../../src/core/conversation/intents.js";
import type { ProcedureAspect } from "../../../src/core/procedures/types.js";

export const KB = {
  "1.001193": { name: "Đăng ký khai sinh", fee: "Miễn lệ phí", documents: "Tờ khai; giấy chứng sinh", time: "Ngay trong ngày" },
  "1.001695": { name: "Đăng ký khai sinh có yếu tố nước ngoài", fee: "100.000 đồng", documents: "Tờ khai; giấy chứng sinh; hộ chiếu của cha mẹ", time: "15 ngày" },
  "1.000894": { name: "Đăng ký kết hôn", fee: "Miễn lệ phí", documents: "Tờ khai đăng ký kết hôn; giấy xác nhận tình trạng hôn nhân", time: "Ngay trong ngày" },
} as const;
export type KbCode = keyof typeof KB;

function aspectOf(q: string): ProcedureAspect {
  if (/\b(le phi|phi|bao nhieu tien)\b/u.test(q)) return "fee";
  if (/\b(giay to|ho so|can gi|mang gi)\b/u.test(q)) return "documents";
  if (/\b(bao lau|thoi gian|may ngay)\b/u.test(q)) return "time";
  return "overview";
}

function answer(code: KbCode, aspect: ProcedureAspect): ProcedureAnswer {
  const r = KB[code];
  const value = aspect === "fee" ? r.fee : aspect === "documents" ? r.documents : aspect === "time" ? r.time : `Mã ${code}`;
  return { outcome: "answer", aspect, candidates: [{ code, name: r.name }], answerText: `${r.name}\n${aspect}: ${value}` };
}

export class TinyKb implements ProcedureAnswers {
  readonly asked: Array<{ question: string; lastProcedureCode?: string }> = [];

  ask(question: string, context?: { lastProcedureCode?: string }): ProcedureAnswer {
    this.asked.push({ question, ...(context?.lastProcedureCode ? { lastProcedureCode: context.lastProcedureCode } : {}) });
    const q = foldForIntent(question);
    const aspect = aspectOf(q);
    if (/\bket hon\b/u.test(q)) return answer("1.000894", aspect);
    if (/\bkhai sinh\b/u.test(q)) {
      if (/\bnuoc ngoai\b/u.test(q)) return answer("1.001695", aspect);
      return {
        outcome: "clarify",
        aspect,
        candidates: (["1.001193", "1.001695"] as const).map((code) => ({ code, name: KB[code].name })),
        answerText: "",
      };
    }
    const last = context?.lastProcedureCode;
    if (aspect !== "overview" && last && last in KB) return answer(last as KbCode, aspect);
    return { outcome: "none", aspect, candidates: [], answerText: "" };
  }

  answerFor(code: string, aspect: ProcedureAspect): ProcedureAnswer | null {
    return code in KB ? answer(code as KbCode, aspect) : null;
  }
}
