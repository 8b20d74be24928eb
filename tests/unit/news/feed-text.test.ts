import { describe, expect, it } from "vitest";
import { linkKeyOf, titleKeyOf } from "../../../src/core/news/feeds/dedupe-keys.js";
import { parseFeed } from "../../../src/core/news/feeds/parse-feed.js";
import { htmlToPlainText } from "../../../src/core/news/feeds/plain-text.js";

describe("feed text", () => {
  it("strips markup with what scripts and styles held, decodes entities once, escaped markup included", () => {
    expect(htmlToPlainText("<p>Xin <b>chào</b><script>alert(1)</script><style>p{}</style> bà&nbsp;con &amp;lt;3</p><!-- x -->")).toBe("Xin chào bà con &lt;3");
    expect(htmlToPlainText("&lt;p&gt;Thông báo&lt;/p&gt;&lt;p&gt;số 2&lt;/p&gt;")).toBe("Thông báo\nsố 2");
    expect(htmlToPlainText("Dòng 1<br>Dòng 2 <img src=x onerror=alert(1)")).toBe("Dòng 1\nDòng 2");
  });

  it("normalises links and titles so one article has one key", () => {
    expect(linkKeyOf("HTTPS://WWW.Portal.gov.vn/tin/1/?utm_source=fb&id=2#top")).toBe(linkKeyOf("http://portal.gov.vn/tin/1?id=2"));
    expect(linkKeyOf("https://portal.gov.vn/tin/1?id=2")).not.toBe(linkKeyOf("https://portal.gov.vn/tin/1?id=3"));
    expect(titleKeyOf("Thông báo: Lịch TIẾP DÂN!")).toBe(titleKeyOf("thong bao lich tiep dan"));
  });

  it("parses items without a date after the dated ones, resolves relative links, drops items without a link", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Không ngày</title><link>/tin/a</link></item>
      <item><title>Cũ</title><link>https://p.vn/tin/b</link><pubDate>Mon, 04 May 2026 08:00:00 +0700</pubDate></item>
      <item><title>Mới</title><link>https://p.vn/tin/c</link><pubDate>Tue, 05 May 2026 08:00:00 +0700</pubDate><enclosure url="https://p.vn/a.jpg" type="image/jpeg"/></item>
      <item><title>Không link</title></item>
      <item><title>Ngày sai</title><link>https://p.vn/tin/d</link><pubDate>hôm qua</pubDate></item>
    </channel></rss>`;
    const entries = parseFeed(xml, "https://p.vn/rss.xml");
    expect(entries.map((e) => e.title)).toEqual(["Mới", "Cũ", "Không ngày", "Ngày sai"]);
    expect(entries[0]?.imageUrl).toBe("https://p.vn/a.jpg");
    expect(entries[2]).toMatchObject({ url: "https://p.vn/tin/a", publishedAt: null });
    expect(entries[3]?.publishedAt).toBeNull();
    expect(() => parseFeed("<rss><channel><item>", "https://p.vn/")).toThrow(/malformed/);
  });
});
