/**
 * The citizen's rights over their data, from inside the chat (PDP Law 91/2025/QH15): `/dulieu` shows what is
 * held, `/xoadulieu` erases it after an explicit confirmation. Erasure is idempotent, so a redelivered or repeated
 * confirmation does no harm.
 */
import type { InboundMessage } from "../../channels/contract.js";
import type { IdentityStore } from "../../people/identity.js";
import { reply, type Flow, type FlowContext, type FlowInput, type FlowStep } from "../flow.js";
import { isNo, isYes } from "../intents.js";
import { MSG } from "../messages.vi.js";

const PREFIX = "d";
const CONFIRM_TTL_MINUTES = 10;
export const ERASE_YES = `${PREFIX}:erase:yes`;
export const ERASE_NO = `${PREFIX}:erase:no`;

/** Shows and erases the citizen's personal data. Modes: "view" (default) and "erase". */
export class PersonalDataFlow implements Flow {
  readonly name = "personal_data";
  readonly prefix = PREFIX;

  constructor(private readonly identities: IdentityStore) {}

  /**
   * Shows the data held, or asks to confirm erasure.
   *
   * @param input - `mode: "erase"` to start erasure; anything else shows the data.
   */
  async start(ctx: FlowContext, input: FlowInput): Promise<FlowStep> {
    if (input.mode === "erase") {
      return {
        replies: [
          {
            kind: "text",
            text: MSG.eraseConfirm,
            choices: [
              { label: MSG.eraseYes, data: ERASE_YES },
              { label: MSG.eraseNo, data: ERASE_NO },
            ],
          },
        ],
        next: { step: "confirm_erase", data: {}, ttlMinutes: CONFIRM_TTL_MINUTES },
      };
    }
    const view = await this.identities.personalData(ctx.identity.id);
    return reply({ kind: "text", text: view ? MSG.personalData(view) : MSG.personalDataNone });
  }

  /** Handles the confirmation, by button or by a typed yes/no. */
  async handle(ctx: FlowContext, message: InboundMessage): Promise<FlowStep | null> {
    const confirming = ctx.state?.step === "confirm_erase";
    let answer: "yes" | "no" | undefined;
    if (message.kind === "choice") {
      if (message.data === ERASE_YES) answer = "yes";
      else if (message.data === ERASE_NO) answer = "no";
      else return null;
      // a button from an old, expired confirmation must not erase anything
      if (!confirming) return reply({ kind: "text", text: answer === "yes" ? MSG.eraseExpired : MSG.eraseKept });
    } else if (message.kind === "text" && confirming) {
      if (isYes(message.text)) answer = "yes";
      else if (isNo(message.text)) answer = "no";
    }
    if (!answer) return null;
    if (answer === "no") return reply({ kind: "text", text: MSG.eraseKept });
    await this.identities.erase(ctx.identity.id, ctx.now);
    return reply({ kind: "text", text: MSG.erased });
  }
}
