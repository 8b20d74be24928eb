import { describe, expect, it } from "vitest";
import { csvDocument } from "../../../src/http/console/csv.js";
import { localDateTimeValue, parseLocalDateTime } from "../../../src/http/console/format.js";

describe("date and time typed in the organisation's time zone", () => {
  it("reads a datetime-local value as Hà Nội time whatever the server's zone", () => {
    expect(parseLocalDateTime("2026-12-05T08:00", "Asia/Ho_Chi_Minh")?.toISOString()).toBe("2026-12-05T01:00:00.000Z");
    expect(parseLocalDateTime("2026-12-31T23:30", "Asia/Ho_Chi_Minh")?.toISOString()).toBe("2026-12-31T16:30:00.000Z");
    expect(parseLocalDateTime("2026-12-05T08:00", "UTC")?.toISOString()).toBe("2026-12-05T08:00:00.000Z");
  });

  it.each(["", "2026-12-05", "2026-12-05 08:00", "2026-02-30T08:00", "2026-12-05T24:00", "tomorrow", "2026-12-05T08:00:00"])("refuses %j", (value) => {
    expect(parseLocalDateTime(value, "Asia/Ho_Chi_Minh")).toBeNull();
  });

  it("shows an instant as the input does, whole minutes, and reads it back", () => {
    const at = new Date("2026-12-05T01:00:59.900Z");
    expect(localDateTimeValue(at, "Asia/Ho_Chi_Minh")).toBe("2026-12-05T08:00");
    expect(parseLocalDateTime(localDateTimeValue(at, "Asia/Ho_Chi_Minh"), "Asia/Ho_Chi_Minh")?.toISOString()).toBe("2026-12-05T01:00:00.000Z");
  });
});

describe("CSV for Excel", () => {
  it("starts with a byte-order mark, ends lines with CRLF and quotes what needs it", () => {
    const csv = csvDocument([
      ["Tiêu đề", "Đã gửi"],
      ['Họp "khẩn", tổ 3\nngày mai', 12],
      [null, undefined],
    ]);
    expect(csv).toBe('\uFEFFTiêu đề,Đã gửi\r\n"Họp ""khẩn"", tổ 3\nngày mai",12\r\n,\r\n');
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("keeps a cell that looks like a formula from running in the spreadsheet", () => {
    const csv = csvDocument([["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", -3]]);
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),-3`);
  });
});
