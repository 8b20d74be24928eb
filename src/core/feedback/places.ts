/**
 * Where a report is, for linking duplicates: the great-circle distance between two pins, and a street key taken
 * from a typed address ("ngõ 5 Trần Phú" and "so 12 duong tran phu" both give "tran phu").
 */
import { foldDiacritics } from "../procedures/normalize.js";

const EARTH_RADIUS_M = 6_371_000;

/** Distance in metres between two points (haversine; plenty for a ward's few kilometres). */
export function distanceMeters(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Degrees of latitude and longitude spanning `meters` around `latitude` (a box the database can search). */
export function boxAround(latitude: number, meters: number): { dLat: number; dLon: number } {
  const dLat = meters / 111_320;
  const dLon = meters / (111_320 * Math.max(0.1, Math.cos((latitude * Math.PI) / 180)));
  return { dLat, dLon };
}

/** Words that introduce a street name, folded. */
const MARKERS = new Set(["duong", "pho", "ngo", "hem", "kiet", "ngach", "thon", "xom"]);
/** Folded words that end a street name typed in lower case (what usually follows it in a report). */
const STOP = new Set(["phuong", "xa", "quan", "tp", "thanh", "tinh", "gan", "canh", "truoc", "doi", "dien", "cho", "bi", "da", "dang", "hong", "co", "khong", "nha", "so", "o", "tai", "cua", "va", "hom", "may", "ngay", "tu", "luc", "rac", "den", "nuoc", "cay", "lam", "rat", "qua", "nhieu", "con", "mat", "lai", "roi", "ngap"]);
/** Street names are rarely longer ("Nguyễn Thị Minh Khai" has four words). */
const MAX_WORDS = 4;

/**
 * The street a free-text address names, folded and lower case, or null. The name follows a street word (đường,
 * phố, ngõ, hẻm…) and its number. When the citizen capitalised it ("hẻm 12 Võ Văn Tần rác…") the capitalised words
 * are the name; typed all in lower case, the name ends at a word that usually follows a street in a report (at
 * most three words then). The last street named wins: "đèn đường ngõ 5 Trần Phú" is about Trần Phú.
 *
 * @param text - an address or a whole report.
 */
export function streetKeyOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = text.normalize("NFC").replace(/[^\p{L}\p{N}\s]+/gu, " ").split(/\s+/u).filter(Boolean);
  const folded = words.map((w) => foldDiacritics(w.toLowerCase()));
  let best: string | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!MARKERS.has(folded[i] as string)) continue;
    if (folded[i] === "xom" && folded[i - 1] === "hang") continue; // "hàng xóm" are the neighbours, not a hamlet
    let j = i + 1;
    while (j < words.length && /^\d+[a-z]?$/u.test(folded[j] as string)) j++; // lane or house number
    const name: string[] = [];
    const capitalised = /^\p{Lu}/u.test(words[j] ?? "");
    for (let k = j; k < words.length && name.length < (capitalised ? MAX_WORDS : 3); k++) {
      const w = folded[k] as string;
      if (MARKERS.has(w) || /^\d/u.test(w)) break;
      if (capitalised ? !/^\p{Lu}/u.test(words[k] as string) : STOP.has(w)) break;
      name.push(w);
    }
    if (name.length >= 2 || (name.length === 1 && (name[0]?.length ?? 0) > 3)) best = name.join(" ");
  }
  return best;
}

/** Whether two street keys name the same street (one may have caught a word more: "vo van tan" / "vo van tan rac"). */
export function sameStreet(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** What the database compares street keys by: their first two words (or the one word). */
export function streetPrefix(key: string): string {
  return key.split(" ").slice(0, 2).join(" ");
}

/**
 * Words after which a report names its place: a lane, a street, a house number, a landmark. Typed without marks some
 * are also common words, left out there: "hàng xóm" (the neighbours, not a hamlet), "cho tôi / cho hỏi" (give, not
 * a market), "đèn đường" (a street light: the street it stands in is named after it, which streetKeyOf reads),
 * "đường ống / dây / điện / nước" (a pipe or a line, not a road).
 */
const PLACE_CUE =
  /\b(ngo|ngach|hem|kiet|(?<!den )duong(?! (ong|day|dien|nuoc)\b)|pho|so nha|so \d+|to \d+|to dan pho|khu pho|kp ?\d+|thon|(?<!hang )xom|khu dan cu|khu tap the|chung cu|cho(?! (toi|em|minh|chung|hoi|biet|xin|nguoi|dan|phep|nen|con|chau|ba|ong|co|anh|chi|ban|be|tre|hang xom)\b)|cong truong|cong vien|nga ba|nga tu|kenh|muong|vong xoay|bung binh|tdp ?\d+|km ?\d+|lo [a-z]?\d+|nha van hoa|benh vien|tram y te|ubnd)\b/u;

/**
 * Place words that, without their marks, are everyday words: "ấp" (áp), "bản" (bạn, bán, bàn), "trường" (trưởng),
 * "cầu" (câu, cậu). Typed with marks, the mark decides; typed without, they name a place only before a number or a
 * capitalised name ("ap 3", "cau Rach Cat"), or for a school ("truong tieu hoc").
 */
const MARKED_PLACE = new Map([
  ["ap", "ấp"],
  ["ban", "bản"],
  ["truong", "trường"],
  ["cau", "cầu"],
]);
const SCHOOL = /^(hoc|tieu|mam|mau|thcs|thpt|dai|trung|cap)$/u;

function namesMarkedPlace(text: string): boolean {
  const words = text.normalize("NFC").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((word, i) => {
    const lower = word.toLowerCase();
    const folded = foldDiacritics(lower);
    const marked = MARKED_PLACE.get(folded);
    if (!marked) return false;
    if (lower !== folded) return lower === marked;
    const next = words[i + 1] ?? "";
    return /^\d/u.test(next) || /^\p{Lu}/u.test(next) || (folded === "truong" && SCHOOL.test(foldDiacritics(next.toLowerCase())));
  });
}

/** Whether a report says where it is (a street, a lane, a house number, a landmark), so the citizen need not be asked. */
export function namesPlace(text: string): boolean {
  return streetKeyOf(text) !== null || PLACE_CUE.test(foldDiacritics(text.toLowerCase())) || namesMarkedPlace(text);
}
