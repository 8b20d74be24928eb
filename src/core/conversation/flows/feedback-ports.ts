/**
 * What the chat's feedback flows need from the ticket core and the citizen records. FeedbackService implements
 * {@link CitizenFeedback}; the database implements {@link CitizenPhoneBook}.
 */
import type { FeedbackService } from "../../feedback/feedback-service.js";

/** The citizen's side of the ticket core: file, follow, answer, rate and reopen their own reports. */
export type CitizenFeedback = Pick<FeedbackService, "submit" | "track" | "listMine" | "rate" | "reopenByCitizen" | "answerInfo" | "noteByCitizen">;

/** Keeps the phone number a citizen agreed to leave with a report (the consent is stored with the ticket). */
export interface CitizenPhoneBook {
  storePhone(citizenId: string, phone: string): Promise<void>;
}
