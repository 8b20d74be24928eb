/**
 * Issue #15: pairs of records that differ by one circumstance only, told in a citizen's words (2026-12-07, twelfth
 * session). At de9b13b the sibling named in the first cases below scored within the clarify ratio of the right record
 * (or above it) in all but one (the old wound come back), so the citizen was asked to choose though the question said
 * which one it is. Whether the answer is then given or asked back with choices is the calibration's call (a question
 * with words no record explains stays a choice); what these cases check is that the wrong sibling is no longer a close
 * rival. Then off-topic questions declined and everyday words offered (13 of the 28 cases fail at de9b13b in all).
 * The questions are written for this test.
 */
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { CLARIFY_RATIO } from "../../../src/core/procedures/calibration.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { CAP_XA, capXaRecords, offeredCodes } from "./fixtures.js";

let shared: ProcedureQA | undefined;
/** One index over the commune-level records for the whole file, built on first use (the describes skip without it). */
const communeQA = (): ProcedureQA => (shared ??= new ProcedureQA(capXaRecords(), { preferLevel: "xa" }));

/** The first candidate, and the sibling's share of its score (0 when the sibling is not a candidate). */
function standing(question: string, sibling: string): { first: string | undefined; siblingShare: number } {
  const { candidates } = communeQA().ask(question);
  const top = candidates[0];
  const rival = candidates.find((c) => c.code === sibling);
  return { first: top?.code, siblingShare: top && rival ? rival.score / top.score : 0 };
}

describe.skipIf(!existsSync(CAP_XA))("records told apart by one circumstance, over the commune-level records", () => {
  let qa: ProcedureQA;
  beforeAll(() => {
    qa = communeQA();
  });

  it.each([
    // a boat already working the river for years, first registered only now / a boat new from the yard
    ["chiếc đò máy nhà tôi chở khách qua sông cả chục năm nay mà chưa từng đăng ký, giờ đi đăng ký cần giấy gì", "1.004047", "1.004088"],
    ["xưởng vừa đóng xong chiếc ghe gỗ cho tôi, chưa hạ thủy lần nào, đăng ký lần đầu ở xã lệ phí bao nhiêu", "1.004088", "1.004047"],
    // a boat bought from a neighbour, registered at the same commune / bought from another province and brought home
    ["tôi mua lại chiếc xuồng máy của người cùng xóm, xuồng đăng ký ở xã mình rồi, sang tên qua tôi thì làm sao", "1.004002", "1.003970"],
    ["mua lại chiếc sà lan của một người ở tỉnh khác, giờ đem về xã tôi đăng ký đứng tên mình thì làm thế nào", "1.003970", "1.004002"],
    // a worker hurt a second time while paid for the first accident / an old wound come back
    ["năm 2020 tôi bị tai nạn lao động đang hưởng trợ cấp hằng tháng, tháng này lại bị tai nạn lần nữa ở xưởng, làm hồ sơ hưởng chế độ thế nào", "1.001643", "1.001632"],
    ["bị tai nạn lao động từ mấy năm trước, đã hưởng trợ cấp, nay vết thương cũ tái phát phải mổ lại thì có được giám định hưởng tiếp không", "1.001521", "1.001643"],
    // a lost passport reported to the ward's police, not the district that no longer exists
    ["làm rơi hộ chiếu ngoài chợ, báo mất ở công an phường được không", "1.010386", "1.010385"],
    // a vehicle registered wholly online, imported, not one filed in person
    ["mới mua xe máy nhập khẩu nguyên chiếc, muốn đăng ký biển số online hết trên VNeID khỏi phải lên công an thì cần gì", "1.013066", "1.013067"],
    // a household business closing for a few months, not for good
    ["tiệm tạp hóa nhà tôi tính nghỉ bán 3 tháng vì nhà có việc, có phải báo phường hay cứ đóng cửa là được", "1.001570", "1.001266"],
  ])("%s → %s first, %s no close rival", (question, code, sibling) => {
    const { first, siblingShare } = standing(question, sibling);
    expect(first).toBe(code);
    expect(siblingShare).toBeLessThan(CLARIFY_RATIO);
  });

  it("keeps asking when the citizen files in person rather than wholly online", () => {
    // "không rành làm online toàn trình" denies the online way: no wholly-online record is answered
    const a = qa.ask("mới mua xe máy ở đại lý, tôi không rành làm online toàn trình, ra thẳng công an xã đăng ký biển số thì mang gì");
    expect(a.outcome === "answer" ? a.procedureCode : a.candidates[0]?.code).toBe("1.013067");
  });

  it.each([
    // a shop that will not exchange, told in the story; homework; snow in the mountains; an exam's timetable
    "mua cái nồi cơm điện ở cửa hàng đầu hẻm, dùng ba ngày đã hỏng mà chủ tiệm không chịu đổi, giờ tôi phải làm sao",
    "bài toán lớp 4: một ghe chở 3 tấn lúa thì 5 ghe chở bao nhiêu tấn, giải giùm con",
    "tuần sau Mẫu Sơn có tuyết không mọi người",
    "lịch thi vào lớp 10 năm nay ngày mấy vậy ad",
    // a bank loan's rate, the power's hours, a ward's new name, a copy shop, an officer disciplined
    "vay ngân hàng chính sách để nuôi bò thì lãi suất bao nhiêu một năm vậy",
    "xóm mình tối nay mấy giờ có điện lại",
    "nghe nói sáp nhập xong xã mình đổi tên, tên mới là gì",
    "quanh ủy ban có tiệm photocopy nào mở chủ nhật không",
    "nghe đồn anh cán bộ địa chính bị kỷ luật vì nhận tiền, đúng không",
    // a job asked of the ward; goods delivered wrong by an online shop
    "ủy ban phường có tuyển nhân viên bảo vệ không, tôi muốn xin việc",
    "shop online giao sai hàng, nhắn không trả lời, giờ đòi tiền sao",
  ])("declines %j without choices", (question) => {
    expect(qa.ask(question).outcome).toBe("none");
  });

  it.each([
    // a rate's support is a procedure, however the loan is told ("nghe nói được hỗ trợ lãi suất")
    ["vay ngân hàng trồng keo lấy gỗ lớn, nghe nói được nhà nước hỗ trợ lãi suất, hồ sơ nộp xã gồm gì", "1.012531"],
    // a cooperative's old business-registration paper exchanged; a customs declaration put right; a civil-status fact confirmed
    ["hợp tác xã mình còn dùng giấy chứng nhận đăng ký kinh doanh kiểu cũ, giờ muốn đổi sang giấy chứng nhận đăng ký hợp tác xã", "1.004901"],
    ["tờ khai xuất lô hàng gốm khai nhầm số lượng, hàng chưa đi, muốn khai thêm cho đúng thì làm sao", "2.002184"],
    ["lãnh sự quán cần giấy xã xác nhận việc kết hôn của bố mẹ tôi đã đăng ký ở đây, không phải bản sao trích lục", "2.002516"],
    // an estate nobody inherits taken by the state; a house for a poor household of a poor district; a vehicle's registration fee
    ["bà cụ cuối xóm mất, không con cháu, họ hàng không ai nhận thừa kế, mảnh đất giờ nhà nước lấy về thì ai quyết định", "3.000410"],
    ["nhà tôi hộ nghèo ở huyện nghèo, nhà tranh vách đất sắp sập, có đề án hỗ trợ làm nhà không", "6.001435"],
    ["trước bạ xe máy mới mua nộp ở đâu", "1.007700"],
  ])("%s → offers %s", (question, code) => {
    expect(offeredCodes(qa, question)).toContain(code);
  });
});

/**
 * The thirteenth session (2026-12-07): more circumstances told in a citizen's words, off-topic gossip and everyday
 * words; written for this test (the kinds of question come from blind sets read this session). Cases failing at
 * c94e402 are counted in the commit message.
 */
describe.skipIf(!existsSync(CAP_XA))("circumstances, gossip and everyday words (thirteenth session)", () => {
  let qa: ProcedureQA;
  beforeAll(() => {
    qa = communeQA();
  });

  it.each([
    // a person mobilised to fight a fire who died / who was hurt
    ["chồng tôi được xã huy động đi chữa cháy kho lúa và đã hy sinh, anh chưa tham gia bảo hiểm xã hội, gia đình được chế độ gì", "3.000510", "3.000509"],
    ["em trai tôi được huy động đi chữa cháy bị bỏng nằm viện, chưa có bảo hiểm y tế lẫn bảo hiểm xã hội, có được hỗ trợ không", "3.000509", "3.000510"],
    // a sea area handed back before its term
    ["không nuôi ngao nữa vì thua lỗ, muốn trả lại khu vực biển đã được giao cho nhà nước", "3.000441", "3.000439"],
    // "xây mới một …" is no termite ("mối mọt") at a paper, so no re-issue
    ["thôn định xây mới một nhà văn hóa hai tầng, xin giấy phép xây dựng cần những gì", "1.013225", "1.013228"],
    // a rare sea creature caught in the wild / raised on a farm
    ["ghe tôi kéo lưới ngoài khơi dính mấy con cá ngựa, người mua đòi giấy xác nhận nguồn gốc thì làm ở đâu", "1.004656", "1.004680"],
    ["trại tôi nuôi cá tầm thương phẩm, khách mua trứng cá đòi giấy xác nhận nguồn gốc, hồ sơ nộp xã gồm gì", "1.004680", "1.004656"],
    // never done before is a first registration, not a re-registration
    ["vợ chồng tôi nuôi đứa cháu mồ côi từ bé, trước giờ chưa làm lần nào, giờ muốn đăng ký nhận con nuôi thì cần gì", "2.001263", "2.001255"],
  ])("%s → %s first, %s no close rival", (question, code, sibling) => {
    const { first, siblingShare } = standing(question, sibling);
    expect(first).toBe(code);
    expect(siblingShare).toBeLessThan(CLARIFY_RATIO);
  });

  it("ranks a cooperative's founding above the group's record that names the cooperatives' law", () => {
    // (whether it is answered, offered or declined is the calibration's call on a loosely told story)
    const { candidates } = qa.ask("mười hai hộ đi biển muốn góp vốn lập hẳn hợp tác xã nghề cá để vay vốn đóng tàu, hồ sơ đăng ký gồm gì");
    expect(candidates[0]?.code).toBe("1.005280");
  });

  it("reads a nationality both share with the ward as no foreign element", () => {
    // the foreign sibling may stay a choice (its marker is not in its name's first clause), never the first
    const { candidates } = qa.ask("tôi làm giám hộ cho cháu từ nhỏ, nay cháu đủ 18 tuổi, hai bác cháu đều quốc tịch Việt Nam, muốn chấm dứt giám hộ ở xã");
    expect(candidates[0]?.code).toBe("1.004845");
  });

  it.each([
    // gossip about whose house a project takes, a rumour checked
    "xóm mình sắp mở đường, nhà ai bị giải tỏa vậy mọi người",
    "nghe nói ông trưởng ấp sắp nghỉ hưu, có thật không ad",
    // which seller is reputable, parking at the ward, fake fertiliser bought at a shop
    "mua lúa giống ở đâu uy tín, giá một bao bao nhiêu",
    "bộ phận một cửa phường có cho gửi xe máy không, gửi có mất tiền không",
    "mua phân bón ở cửa hàng đầu cầu, bón xong ngô vàng hết, chắc phân giả, tức quá",
    // a story told only to be heard, a curiosity
    "phòng bên hát karaoke tới khuya, kể cho ad nghe thôi chứ biết làm sao giờ",
    "giấy khai sinh bây giờ in trên giấy màu gì vậy, tôi chỉ tò mò thôi, không cần làm gì",
  ])("declines %j without choices", (question) => {
    expect(qa.ask(question).outcome).toBe("none");
  });

  it.each([
    // a boat's owner moved to another province; a cooperative pausing for the windy season; a group broken up
    ["bố tôi đứng tên chiếc tàu, năm nay cả nhà chuyển hộ khẩu thường trú sang tỉnh khác, giấy đăng ký tàu phải làm lại ở đâu", "1.006391"],
    ["mùa gió bấc tàu không ra khơi được, hợp tác xã nghề cá định nghỉ hoạt động 4 tháng rồi mở lại, báo phường thế nào", "2.002641"],
    ["tổ hợp tác trồng nấm của tụi tui rã rồi, mấy nhà hổng làm nữa, báo với xã sao", "2.002228"],
    // a sea area handed back told as "nộp trả"; a price the comma keeps apart from the house ("được giá, nhà tui")
    ["bố tôi được giao mặt biển nuôi tôm, giờ yếu không nuôi nữa, muốn nộp trả vùng biển cho nhà nước", "3.000441"],
    ["năm nay cà phê được giá, nhà tui khá lên rồi, muốn xin ra khỏi hộ cận nghèo luôn chứ không đợi cuối năm", "1.011608"],
    // a passport the procedure needs is no passport asked for; a customs declaration put right item by item
    ["cửa hàng miễn thuế bán cho khách sắp xuất cảnh nhưng khách nhờ giao hàng ở nước ngoài, khai hải quan có cần hộ chiếu của khách không", "1.009064"],
    ["tờ khai nhập lô gạch men khai sai trọng lượng với mã HS, chỉ muốn sửa lại mấy chỉ tiêu chứ không hủy tờ khai", "2.002184"],
    // a boat broken up; a mediator elected; land money of a resettlement plot owed for later
    ["chiếc ghe gỗ cũ mục hết, đã phá dỡ rồi, muốn làm thủ tục cho nó không còn trong sổ đăng ký", "2.001659"],
    ["thôn vừa bầu tôi vào tổ hòa giải làm hòa giải viên, muốn có quyết định của xã thì nộp gì", "1.002211"],
    ["được bố trí lô tái định cư mà chưa đủ tiền sử dụng đất, xin khất nợ lại được không", "1.012995"],
    // a cooperative group, not a cooperative ("chỉ là tổ nhỏ thôi ko lên HTX")
    ["năm nhà trong xóm muốn lập tổ làm chung mấy cái lưới vây, chỉ là tổ nhỏ thôi ko lên HTX, đăng ký ở đâu", "2.002637"],
    // perennial crops in an irrigation work's protected area; a pension paid once on leaving to settle abroad
    ["rẫy nằm trong hành lang bảo vệ hồ thủy lợi, muốn trồng sầu riêng thì có phải xin giấy phép xã không", "1.014860"],
    ["ba tui đang lãnh lương hưu hàng tháng, sắp qua Úc ở luôn với con, nghe nói lãnh một cục rồi thôi, làm sao", "2.000755"],
    // a community as the owner of its land, not the beneficiary of a gift
    ["làng có miếng đất làm nhà văn hóa chung từ đời ông bà, chưa có sổ, muốn làm sổ đỏ đứng tên cộng đồng dân cư", "1.013978"],
    // a river landing closed for good; a landing's term extended; a cargo landing, not a ferry's nor a works site's
    ["bến bốc xếp cát của tôi đã công bố hoạt động, giờ không làm nữa, muốn dẹp hẳn bến thì làm thủ tục gì", "1.009447"],
    ["bến hàng của công ty được công bố hoạt động có thời hạn, còn 2 tháng hết hạn, muốn hoạt động tiếp thì nộp gì", "1.009444"],
    ["định xây một bến bốc xếp gạo trên bờ sông dùng lâu dài, không phải bến đò chở khách qua sông, cũng không phải bến tạm phục vụ thi công, thỏa thuận thông số kỹ thuật ở đâu", "1.009452"],
    // a birth with the father named from the start; a respected elder elected mediator ("người có uy tín" is no shop's
    // reputation); a pension moved to a bank account by someone who stays put
    ["con mới đẻ được 10 ngày, chưa làm giấy khai sinh, hai đứa chưa đăng ký kết hôn, chồng muốn đứng tên là bố ngay từ đầu", "1.000689"],
    ["ông Sùng là người có uy tín trong bản, bản bầu ông vào tổ hòa giải, xã có ra quyết định công nhận không", "1.002211"],
    ["tôi lĩnh lương hưu tiền mặt ở bưu điện, vẫn ở chỗ cũ không chuyển đi đâu, giờ muốn đổi sang nhận qua tài khoản ngân hàng", "2.000740"],
    // "chuyên dùng, hồ sơ" is no file withdrawn; a fine paid into the budget at a bank; a non-life insurer's reinsurance
    ["công ty nhập ô tô sát xi đóng thùng thành xe chuyên dùng, được hoàn phần thuế nhập khẩu chênh lệch, hồ sơ gửi đâu", "1.011665"],
    ["bị phạt hành chính vì vứt rác, quyết định ghi nộp vào ngân sách nhà nước, nộp ở kho bạc hay ngân hàng nào cũng được", "3.000115"],
    ["công ty bảo hiểm phi nhân thọ chuyển tái bảo hiểm cho công ty nước ngoài, bên đó muốn miễn thuế theo hiệp định", "1.008581"],
    // timber and rattan from an allotted forest; cinnamon in an irrigation work's protected area; a pipe to the fields
    ["rừng nhà tôi được giao rồi, muốn chặt mấy cây gỗ tạp với lấy song mây bán thì có phải xin xã không", "1.011471"],
    ["đất nhà em sát hồ chứa nước, muốn trồng quế trong hành lang bảo vệ hồ, xin giấy phép lần đầu cần gì", "1.014860"],
    ["thôn muốn làm đường ống dẫn nước về tưới ruộng bậc thang, dân góp công, nhà nước có hỗ trợ tiền không", "2.001621"],
    // "giá bán trừ giá mua" is no boarding pupil ("bán trú"); a credit scheme's loan; an investment's support
    ["tiệm vàng nhà tôi tính thuế giá trị gia tăng trên phần chênh lệch giá bán trừ giá mua, tờ khai tháng nộp khi nào", "1.007016"],
    ["nghe nói có chính sách cho vay ưu đãi cho hộ trồng rừng gỗ lớn, điều kiện thế nào", "1.012531"],
    ["tổ hợp tác muốn làm hệ thống tưới tiết kiệm nước cho vườn tiêu, có hỗ trợ tiền đầu tư không", "2.001621"],
    // a weapon kept on the family altar as an heirloom
    ["ông tôi để lại thanh kiếm cổ đặt trên ban thờ làm đồ gia bảo, phải khai báo ở đâu", "1.013442"],
    // a loss by nature told by what happened; goods stored while an inspection is pending; tax asked back
    ["lúa bị nước mặn vô chết hết, mất trắng cả vụ, xin miễn thuế sử dụng đất nông nghiệp được không", "1.008584"],
    ["hàng nhập của công ty đang chờ kết quả kiểm tra chuyên ngành, xin mang hàng về kho công ty giữ được không", "1.011403"],
    ["tôi là người Nhật làm việc ở đây, theo hiệp định tránh đánh thuế hai lần muốn lấy lại tiền thuế đã nộp", "1.008563"],
    // a household neither poor nor near-poor; a paper saying someone is unmarried
    ["nhà tôi đi biển, không nghèo không cận nghèo, sống ở mức trung bình, muốn được công nhận để được hỗ trợ thẻ bhyt", "1.011609"],
    ["nhà gái bên tỉnh khác đòi giấy xác nhận tôi chưa vợ, làm ở xã mất mấy ngày", "1.004873"],
  ])("%s → offers %s", (question, code) => {
    expect(offeredCodes(qa, question)).toContain(code);
  });
});

/**
 * Fourteenth session (2026-12-07): a country after "biên giới" names a border, not a foreign person; a phrase of
 * words the coverage leaves out ("hủy cái tờ khai") anchors the evidence; a new card that costs is no death; work
 * taken up again after a pause is no paper made again; everyday words for records the read batches missed.
 * The questions are written for this test (see the commit for how many fail at 7802b2b).
 */
describe.skipIf(!existsSync(CAP_XA))("a border, a soft phrase, a new card and everyday words, over the commune-level records", () => {
  it.each([
    ["tôi ở xã biên giới, làm rơi mất giấy thông hành qua lại biên giới Trung Quốc rồi, báo mất ở đâu", "1.010055"],
    ["vợ tôi là người bên kia biên giới Trung Quốc sang làm dâu, con mới đẻ ở xã biên giới, làm khai sinh cần gì", "1.000110"],
    ["khách hủy đơn rồi, lô hàng không xuất nữa, giờ muốn hủy cái tờ khai đó đi thì làm sao", "1.005458"],
    ["bỏ thuế khoán rồi thì hộ kinh doanh khai thuế thế nào", "1.011022"],
    ["đối tác bên Nhật đòi giấy chứng nhận cư trú thuế của công ty mình, xin ở đâu", "1.008544"],
    ["hóa đơn điện tử xuất cho khách ghi sai số tiền, đã gửi khách rồi, giờ xử lý sao", "1.010341"],
    ["muốn xin một ô mặt nước ngoài vịnh để thả lồng nuôi cá, chưa được giao lần nào", "3.000439"],
    ["nhà đầu tư Hàn Quốc muốn chuyển lợi nhuận về nước, công ty có phải báo cơ quan thuế trước không", "1.008593"],
    ["nhà tôi thu nhập chỉ nhỉnh hơn cận nghèo, xin công nhận để được hỗ trợ tiền mua bảo hiểm y tế", "1.011609"],
    ["htx muốn ngừng hoạt động 3 tháng để sửa chuồng trại, sau đó làm lại bình thường, báo với ai", "2.002641"],
    // a temporary residence dropped; a record in the population database put right; a boat's registration fee
    ["về quê ở hẳn rồi, muốn bỏ cái tạm trú ở phòng trọ trên thành phố thì làm sao", "1.010028"],
    ["trên vneid hiện sai dân tộc của tôi, giấy khai sinh thì đúng, muốn sửa trên hệ thống dân cư làm ở đâu", "1.012564"],
    ["ghe mới đóng xong chưa có giấy tờ gốc, khai trước bạ cho ghe cần gì", "1.007699"],
    // labour abroad is no shop closed for good ("lao động Hàn" folds onto "đóng hẳn")
    ["em đi xuất khẩu lao động Hàn, làm mất hộ chiếu rồi, báo mất ở công an xã được không", "1.010386"],
  ])("%s → offers %s", (question, code) => {
    expect(offeredCodes(communeQA(), question)).toContain(code);
  });

  it("reads a new card that costs as a fee, not a death", () => {
    const { first } = standing("thẻ căn cước bị gãy đôi, đổi thẻ mới mất bao nhiêu tiền", "1.000656");
    expect(first).toBe("1.014063");
    expect(offeredCodes(communeQA(), "thẻ căn cước bị gãy đôi, đổi thẻ mới mất bao nhiêu tiền")).not.toContain("1.000656");
  });

  it("does not answer with a building permit a question about the customs for steel imported to build a factory", () => {
    const question = "công ty xây dựng nhập thép và máy móc về để dựng nhà xưởng cho doanh nghiệp chế xuất, làm thủ tục hải quan ở đâu";
    const offered = offeredCodes(communeQA(), question);
    expect(offered).toContain("1.007754");
    expect(communeQA().ask(question).outcome).not.toBe("answer");
  });

  it("does not answer with a building permit a question about rent waived by the tax office", () => {
    const question = "công ty thuê đất nhà nước xây nhà máy, muốn xin miễn tiền thuê trong thời gian xây dựng cơ bản thì nộp ở cơ quan thuế nào";
    // (the rent waiver itself is not always among the choices: "xây nhà máy" pulls the permits up; the citizen is
    // asked rather than told the permit)
    expect(communeQA().ask(question).outcome).not.toBe("answer");
  });

  it("declines the bot's opinion on when to buy land", () => {
    expect(communeQA().ask("mua đất bây giờ hay đợi sang năm giá xuống, ad thấy thế nào").outcome).toBe("none");
  });

  it("reads a meeting's time forgotten as no death and no loss", () => {
    expect(communeQA().ask("thôn họp bàn làm đường mà em quên mất rồi, họp ở nhà văn hóa lúc mấy giờ").outcome).toBe("none");
  });

  it("declines a medicine's dose asked of the ward", () => {
    expect(communeQA().ask("con sốt cao cho uống thuốc hạ sốt loại nào").outcome).toBe("none");
  });
});

/**
 * Fifteenth session (2026-12-07): a person across the border ("vùng biên bên kia", "bên kia cửa khẩu") asks for the
 * border record; "mất đột ngột" is a death, not a paper lost; a mediation held and failed asks for the chairman's
 * decision; "từ đầu đến cuối" is no wedding; a seller who has already had the registration withdrawn leaves the
 * change of owner; the mediation team's head; work abroad and a company's licence are not off-topic; the organisation a
 * paper belongs to; everyday words; a dealer's price. The questions are written for this test (see the commits for
 * how many fail before them).
 */
describe.skipIf(!existsSync(CAP_XA))("fifteenth session: borders, deaths, mediations, organisations and everyday words, over the commune-level records", () => {
  it.each([
    // [question, the record first, a sibling that is no close rival]
    ["bà nội vợ tôi người Lào ở vùng biên bên kia, sang chơi thì mất đột ngột ở nhà tôi, làm khai tử ở đâu", "1.004827", "2.000497"],
    ["đất vườn tranh chấp với nhà bên, xã hòa giải rồi mà không thành, giờ xin chủ tịch xã giải quyết thì nộp đơn thế nào", "1.013967", "1.012812"],
    ["mua lại chiếc Vision của chị hàng xóm, chị ấy đã làm thu hồi đăng ký biển số rồi, giờ tôi sang tên cần gì", "1.013076", "1.013123"],
  ])("%s → %s first, %s no close rival", (question, code, sibling) => {
    const { first, siblingShare } = standing(question, sibling);
    expect(first).toBe(code);
    expect(siblingShare).toBeLessThan(CLARIFY_RATIO);
  });

  it.each([
    // a foreigner across the border; a paper redone online "từ đầu đến cuối"; a filing withdrawn
    ["anh ấy người Trung Quốc ở thị trấn ngay bên kia cửa khẩu, muốn cưới em gái tôi ở xã mình thì cần giấy gì", "1.000094"],
    ["mất cà vẹt xe máy, muốn làm lại trên mạng từ đầu đến cuối không phải lên công an được không", "1.013080"],
    ["cả nhóm đã nộp hồ sơ lập hợp tác xã nhưng giờ đổi ý, muốn rút lại hồ sơ thì làm sao", "2.002643"],
    // work abroad is no topic the ward declines: the papers for it are the ward's
    ["tháng sau con trai đi xuất khẩu lao động mà làm mất hộ chiếu rồi, trình báo ở công an xã được không", "1.010386"],
    ["sắp đi lao động Nhật 3 năm, báo tạm vắng trên vneid được không", "1.003677"],
    // a company asking for a ward's or a province's licence is not declined for being a company
    ["công ty tôi thi công gần đập thủy lợi, cần nổ mìn phá đá, xin phép ở đâu", "1.014852"],
    ["tổ hợp tác làm mấy năm rồi, giờ muốn nâng lên thành HTX thì đăng ký thế nào", "1.005280"],
    // a photocopy brought with its original; the border paper that stands for a passport; tax owed back, told as money
    ["photo bảng điểm với bằng cao đẳng, mang bản gốc ra xã chứng thực hết bao nhiêu một trang", "2.000815"],
    ["ông tôi muốn sang Lào thăm con gái vài hôm, làm cái giấy đi lại vùng biên chứ không làm hộ chiếu được không", "1.012680"],
    ["tôi là người Hàn làm ở VN, đã nộp thuế TNCN mà theo hiệp định thuế hai nước thì được miễn, muốn xin trả lại số tiền đã nộp", "1.008563"],
  ])("%s → offers %s", (question, code) => {
    expect(offeredCodes(communeQA(), question)).toContain(code);
  });

  it.each([
    // the mediation team's head, beside its members; money back through the treasury, named in words
    ["xóm vừa bầu chú Tư làm tổ trưởng của tổ hòa giải, xã ra quyết định công nhận mất mấy ngày", "2.000950"],
    ["có quyết định trả lại tiền phạt nộp dư vào ngân sách, giờ lên kho bạc lãnh lại tiền thì mang gì", "3.000116"],
    ["tổ hòa giải ấp vừa hòa giải xong mấy vụ tranh chấp ranh giới, giờ làm hồ sơ xin xã chi thù lao cho hòa giải viên", "2.002080"],
  ])("%s → %s first", (question, code) => {
    expect(communeQA().ask(question).candidates[0]?.code).toBe(code);
  });


  it.each([
    // the organisation whose paper it is, named in the story: a cooperative group's or a household business's paper
    // is not answered with the land certificate's correction or the social insurance's proxy
    ["giay chung nhan to hop tac ghi sai thong tin so voi ho so minh nop, sua lai the nao", "1.012796"],
    ["giấy chứng nhận hộ kinh doanh của tiệm bị ngập nước nhòe hết chữ, xin cấp lại thì làm sao", "1.001601"],
  ])("%s → not answered with %s", (question, code) => {
    const answer = communeQA().ask(question);
    expect(answer.outcome === "answer" ? answer.procedureCode : undefined).not.toBe(code);
    expect(answer.outcome).not.toBe("none");
  });

  it("offers no marriage to a lost registration paper redone online 'từ đầu đến cuối'", () => {
    expect(offeredCodes(communeQA(), "mat cavet xe may roi, lam lai online tu dau den cuoi dc khong")).not.toContain("1.004746");
  });

  it("declines a motorbike's price at the dealer's", () => {
    expect(communeQA().ask("giá xe Wave ngoài đại lý giờ bao nhiêu, đại lý nào bán rẻ").outcome).toBe("none");
  });
});
