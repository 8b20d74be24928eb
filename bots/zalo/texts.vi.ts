/**
 * The few Zalo-specific phrases (Vietnamese). Everything else the citizen reads comes from the conversation
 * engine's own text file.
 */
export const zaloTexts = {
  /** After numbered options: "Trả lời 1, 2 hoặc 3". */
  replyWithNumber(count: number): string {
    if (count <= 1) return "Trả lời 1 để chọn.";
    const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
    const last = numbers.pop();
    return `Trả lời ${numbers.join(", ")} hoặc ${last} để chọn.`;
  },
  /** Zalo cannot ask for a location with a button: say how to share it. */
  howToShareLocation: "Bấm dấu ⊕ (hoặc biểu tượng đính kèm) bên cạnh ô nhập tin, chọn \"Vị trí\" rồi gửi.",
  /** Title of the "share your contact" card. */
  requestInfoTitle: "Chia sẻ thông tin liên hệ",
  /** Shown instead of a picture that could not be sent. */
  photoFallback: (url: string) => `Xem ảnh: ${url}`,
} as const;

/** Heading of the one message that gathers news held while the citizen was outside Zalo's 7-day window. */
export const digestHeading = (count: number) => `📰 ${count} tin mới trong thời gian bạn chưa nhắn cho chúng tôi:`;
