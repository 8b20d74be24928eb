/** Fetching report photos: stored when the bytes are an image, retried with back-off, given up when not an image. */
import { describe, expect, it } from "vitest";
import { fetchAttachments, MAX_ATTACHMENT_ATTEMPTS, type AttachmentQueue, type FileSource, type PendingAttachment } from "../../../src/core/feedback/attachments.js";
import { AppError } from "../../../src/core/shared/app-error.js";

function queueOf(items: PendingAttachment[]) {
  const outcomes: Array<[string, string, Date?]> = [];
  const queue: AttachmentQueue = {
    claimDue: async (_now, limit, channels) => items.filter((i) => channels.includes(i.channel)).slice(0, limit),
    markStored: async (id, file) => void outcomes.push([id, `stored ${file.mimeType}`]),
    markRetry: async (id, error, at) => void outcomes.push([id, `retry ${error}`, at]),
    markFailed: async (id, error) => void outcomes.push([id, `failed ${error}`]),
  };
  return { queue, outcomes };
}

const pending = (id: string, attempts = 0): PendingAttachment => ({ id, ticketId: "t1", channel: "telegram", platformFileId: id, url: null, attempts });
const now = new Date("2026-12-07T02:00:00Z");

describe("fetchAttachments", () => {
  it("stores images, retries failed downloads with back-off and gives up on what is not an image", async () => {
    const { queue, outcomes } = queueOf([pending("good"), pending("down"), pending("text"), pending("tired", MAX_ATTACHMENT_ATTEMPTS - 1)]);
    const source: FileSource = {
      downloadFile: async (f) => {
        if (f.platformFileId === "down" || f.platformFileId === "tired") throw new Error("download_http_502");
        return new TextEncoder().encode(f.platformFileId ?? "");
      },
    };
    const photos = {
      keepCitizenPhoto: async (_t: string, id: string, bytes: Uint8Array) => {
        if (id === "text") throw new AppError("photo_refused", "not an accepted image", 422);
        return { storagePath: `tickets/t1/${id}.png`, mimeType: "image/png", sizeBytes: bytes.length };
      },
    };
    const result = await fetchAttachments({ queue, sources: new Map([["telegram", source]]), photos }, now);
    expect(result).toEqual({ stored: 1, retried: 1, failed: 2 });
    expect(outcomes.map(([id, what]) => [id, what])).toEqual([
      ["good", "stored image/png"],
      ["down", "retry download_http_502"],
      ["text", "failed not_an_image"],
      ["tired", "failed download_http_502"],
    ]);
    expect(outcomes[1]?.[2]?.getTime()).toBeGreaterThan(now.getTime());
  });

  it("claims nothing for channels it cannot download from", async () => {
    const { queue, outcomes } = queueOf([{ ...pending("z"), channel: "zalo" }]);
    const result = await fetchAttachments({ queue, sources: new Map(), photos: { keepCitizenPhoto: async () => ({ storagePath: "", mimeType: "", sizeBytes: 0 }) } }, now);
    expect(result).toEqual({ stored: 0, retried: 0, failed: 0 });
    expect(outcomes).toEqual([]);
  });
});
