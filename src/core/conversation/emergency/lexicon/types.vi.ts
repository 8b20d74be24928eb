/**
 * Types of the emergency vocabulary, and the words shared by several situations (places, people, water…).
 */

export type EmergencyService = "113" | "114" | "115";

export type EmergencySituationId =
  | "fire"
  | "gas"
  | "unconscious"
  | "breathing"
  | "medical"
  | "injury"
  | "drowning"
  | "swept_away"
  | "violence"
  | "threat"
  | "kidnapping"
  | "power_line"
  | "electric_shock"
  | "collapse"
  | "landslide"
  | "flood"
  | "trapped"
  | "jump_threat";

export interface EmergencySituation {
  id: EmergencySituationId;
  /** The numbers to call, the first one leading the reply. */
  services: readonly EmergencyService[];
  /** Situations whose number this one's leads, named before or after it (someone caught is cut out before the medics can treat them). */
  leads?: readonly EmergencySituationId[];
  /** Phrases that name the situation: an emergency unless the message is plainly about paperwork or the past. */
  signals: readonly string[];
  /** Words that name it only beside a sign that it is happening now ("đang", "cứu"), or in a very short message. */
  hints?: readonly string[];
}

/** Buildings and places something can burn in. */
export const PLACE = "(nhà|căn nhà|ngôi nhà|căn hộ|phòng|phòng trọ|nhà trọ|khu trọ|bếp|xưởng|nhà xưởng|kho|nhà kho|chợ|quán|tiệm|cửa hàng|ki ốt|sạp|chung cư|tòa nhà|tầng|khách sạn|nhà hàng|karaoke|trường|nhà máy|cây xăng|trạm xăng|rừng|nương|rẫy|đồi|ổ điện|ổ cắm|công tơ|tủ điện|đồng hồ điện|bình ga|bình gas|lò)";
/** Vehicles: without marks "xe chay" is mostly "xe chạy" (a moving vehicle), so they only count typed with marks. */
export const VEHICLE = "(xe|ô tô|xe máy|xe khách|xe buýt|xe tải|xe ba gác|tàu|thuyền|ghe|xuồng|đò|ca nô|sà lan)";
/** People someone may hurt, in the words citizens use for them ("ba" is left out and "bà" needs its mark: "danh ba" is "danh bạ" or "đánh bả"). */
export const PERSON = "(người|tôi|tui|em|con|cháu|vợ|chồng|mẹ|má|bố|cha|anh|chị|ông|=bà|bé|nó|họ|nhau|hàng xóm|phụ nữ|trẻ em|học sinh|thanh niên)";
/** Water someone can fall into. */
export const WATER = "(sông|suối|ao|hồ|kênh|mương|biển|nước|vực|đầm|hồ bơi|bể bơi|bể nước|rạch|sóng|bờ kè|bãi tắm|bãi biển|dòng nước|dòng sông|kinh|kinh xáng|lạch|vàm)";
/** Shafts someone falls down: getting them out is a rescue (114) before it is a medical case (unmarked "ho" is mostly "hồ", a lake). */
export const SHAFT = "(giếng|giếng khoan|giếng cạn|giếng sâu|=hố|hố ga|=hố sâu|hầm|cống|cống ngầm)";
/** Structures that can collapse. */
export const STRUCTURE = "(nhà|căn nhà|ngôi nhà|tường|bức tường|tường rào|trần|trần nhà|mái|mái nhà|cầu|cầu treo|giàn giáo|công trình|tòa nhà|chung cư|hầm|hầm lò|mỏ|lán|chòi|nhà xưởng|kho|cổng)";
/** Ways of collapsing. */
export const COLLAPSES = "(sập|đổ sập|sụp|sụp đổ|đổ ập|đổ sụp|đổ ụp|đổ rầm|đổ sầm|đổ rạp|sụp xuống)";
