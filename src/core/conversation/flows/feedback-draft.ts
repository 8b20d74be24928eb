/**
 * A report being written in the chat: what happened, where, photos, phone, public or not. It lives in the dialogue
 * state (JSON) between messages, so it is read from and written to plain data; the summary the citizen confirms is
 * rendered from it.
 */
import type { Choice, OutboundMessage } from "../../channels/contract.js";
import { foldDiacritics } from "../../procedures/normalize.js";
import { namesPlace } from "../../feedback/places.js";
import { MAX_PHOTOS } from "../../feedback/submit-report.js";
import type { FlowData } from "../state.js";
import { FB } from "./feedback-messages.vi.js";

export interface DraftPhoto {
  platformFileId: string;
  url?: string;
}

export interface Draft {
  text: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  photos: DraftPhoto[];
  phone: string | null;
  isPublic: boolean;
  urgent: boolean;
}

export const EMPTY_DRAFT: Draft = { text: "", address: null, latitude: null, longitude: null, photos: [], phone: null, isPublic: false, urgent: false };

/** The draft kept in a flow's state (missing or malformed fields fall back to the empty draft's). */
export function draftOf(data: FlowData | undefined): Draft {
  const d = (data?.["draft"] ?? {}) as Partial<Draft>;
  const str = (v: unknown) => (typeof v === "string" && v ? v : null);
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  return {
    text: str(d.text) ?? "",
    address: str(d.address),
    latitude: num(d.latitude),
    longitude: num(d.longitude),
    photos: Array.isArray(d.photos) ? d.photos.filter((p): p is DraftPhoto => typeof p?.platformFileId === "string").slice(0, MAX_PHOTOS) : [],
    phone: str(d.phone),
    isPublic: d.isPublic === true,
    urgent: d.urgent === true,
  };
}

/** The draft as state data. */
export function draftData(draft: Draft): FlowData {
  return { draft: { ...draft } };
}

/** Adds a photo unless the draft holds the most a report takes; says whether it was added. */
export function withPhoto(draft: Draft, photo: DraftPhoto): { draft: Draft; added: boolean } {
  if (draft.photos.length >= MAX_PHOTOS || draft.photos.some((p) => p.platformFileId === photo.platformFileId)) return { draft, added: false };
  return { draft: { ...draft, photos: [...draft.photos, photo] }, added: true };
}

/** Whether a message asks to take the photos sent so far off the report ("xóa ảnh", "bỏ ảnh", "xoa het anh"…). */
export function asksToRemovePhotos(folded: string): boolean {
  return /^(xoa|bo|huy|go)( (het|tat ca|cac|nhung|may))? (anh|hinh|hinh anh|tam anh|buc anh)( (nay|do|vua gui|da gui|di|het|sai))*$/u.test(folded);
}

/** Shortest text taken as a description ("rác ùn" is enough; "ơ" is not). */
export const MIN_REPORT_CHARS = 5;

/** How an address typed on its own usually begins when it names no street: "ở…", "tại…", "nhà tôi…", "trước cửa…". */
const ADDRESS_START = /^(o|tai|nha toi|nha minh|nha em|truoc|gan|canh|doi dien|sau|cuoi|dau|trong|ben|phia)\b/u;

/**
 * Whether a message typed at the summary gives the report's place: it names one, or, while the report has none,
 * it reads as an address on its own. Long messages are more of the story, not an address.
 */
export function givesPlace(typed: string, draft: Draft): boolean {
  const t = typed.trim();
  if (t.length < 3 || t.length > 200) return false;
  if (namesPlace(t)) return true;
  const placeless = !draft.address && draft.latitude === null && !namesPlace(draft.text);
  return placeless && ADDRESS_START.test(foldDiacritics(t.toLowerCase()));
}

/** A citizen asking to withdraw or cancel a report ("tôi muốn hủy phản ánh…", "rút phản ánh", "không cần xử lý nữa"). */
export function wantsWithdraw(text: string): boolean {
  const folded = foldDiacritics(text.toLowerCase());
  return /\b(huy|rut( lai)?|thu hoi|xoa) (cai |bai |cai bai )?(phan anh|pa\b|ma\b|yeu cau)|\bkhong can (xu ly|giai quyet|sua)( nua)?\b|\b(dung|thoi) xu ly\b/u.test(folded);
}

/** Complaints and denunciations have their own legal procedure (Luật Khiếu nại, Luật Tố cáo); not tickets. */
export function isComplaint(text: string): boolean {
  return /\b(khieu nai|to cao|don thu)\b/u.test(foldDiacritics(text.toLowerCase()));
}

/** A Vietnamese mobile or landline number typed by the citizen (spaces, dots, +84 allowed), or null. */
export function phoneOf(text: string): string | null {
  const digits = text.replace(/[\s.\-()]/gu, "").replace(/^\+?84/u, "0");
  return /^0\d{9,10}$/u.test(digits) ? digits : null;
}

/** The summary to confirm, with its buttons (send, phone if none, public/private, cancel). */
export function summaryMessage(draft: Draft, choice: (verb: string) => string): OutboundMessage {
  const choices: Choice[] = [{ label: FB.send, data: choice("send") }];
  if (!draft.phone) choices.push({ label: FB.addPhone, data: choice("phone") });
  choices.push(draft.isPublic ? { label: FB.makePrivate, data: choice("private") } : { label: FB.makePublic, data: choice("public") });
  if (draft.photos.length > 0) choices.push({ label: FB.removePhotos, data: choice("unphoto") });
  choices.push({ label: FB.cancel, data: choice("cancel") });
  return {
    kind: "text",
    text: FB.summary({ text: draft.text, address: draft.address ?? (namesPlace(draft.text) ? FB.placeInText : null), hasPin: draft.latitude !== null, photos: draft.photos.length, phone: draft.phone, isPublic: draft.isPublic, urgent: draft.urgent }),
    choices,
  };
}
