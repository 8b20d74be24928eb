/**
 * "Sai rồi", "không phải cái này", "ko phai": a citizen telling the bot its last answer was wrong. Recognised only
 * as the whole of a short message right after a procedure answer or choices (the engine and the Q&A flow check
 * that), so "sai tên trong giấy khai sinh" stays a question and "không" stays a plain no.
 */
import type { InboundMessage } from "../channels/contract.js";
import { foldForIntent } from "./intents.js";

/** Words a citizen may put before the complaint ("bạn trả lời sai", "cái này không đúng"). */
const LEAD = "(?:ban|bot|ad|em|oi|cai nay|cau nay|cau tra loi nay|tra loi|ban tra loi|the la|vay la|hinh nhu|nhung ma|nhung)";
/** The complaint itself, folded. */
const CORE =
  "(?:sai|nham|sai bet|sai het|sai roi|khong dung|ko dung|k dung|kh dung|hong dung|chua dung|khong chinh xac|ko chinh xac|" +
  "khong phai|ko phai|k phai|kh phai|hong phai|kp|khong lien quan|ko lien quan|khong dung y|ko dung y|tra loi sai|tra loi khong dung)";
/** What may follow it ("sai rồi ạ", "không phải cái tôi hỏi", "không đúng thủ tục này"). */
const TAIL =
  "(?:roi|a|ah|nhe|nha|oi|ban oi|ad oi|em oi|bot oi|het|ca|gi het|dau|me|cai nay|cai do|cai kia|thu tuc nay|thu tuc do|" +
  "y toi|y minh|y em|cai toi hoi|cai minh hoi|cau toi hoi|cau minh hoi|cai toi can|cai minh can|dieu toi hoi|thu toi can)";
const SAID_WRONG = new RegExp(`^(?:${LEAD} )*${CORE}(?: ${TAIL})*$`, "u");
/** Longer messages carry a new question or a story, which the normal routing should read. */
const MAX_WORDS = 9;

/**
 * Whether a message, as a whole, says that the bot's last answer was wrong.
 *
 * @param text - what the citizen typed.
 * @returns true for "sai rồi", "không phải cái này", "không đúng", "ko phai" and their kin; false for anything
 *   that says more (a new question, a correction with a procedure name) or less ("không").
 */
export function isSaidWrong(text: string): boolean {
  const folded = foldForIntent(text).replace(/[-/]/gu, " ").replace(/\s+/gu, " ").trim();
  if (!folded || folded.split(" ").length > MAX_WORDS) return false;
  return SAID_WRONG.test(folded);
}

/**
 * The question a citizen says was answered wrongly: set when the Q&A state still holds the question just answered
 * (or offered choices for) and the message, as a whole, says "sai rồi". The engine records it; the Q&A flow replies.
 */
export function saidWrongAfterAnswer(data: Readonly<Record<string, unknown>> | null, message: InboundMessage): string | undefined {
  const asked = data?.["lastQuestion"];
  if (typeof asked !== "string" || !asked || message.kind !== "text") return undefined;
  return isSaidWrong(message.text) ? asked : undefined;
}
