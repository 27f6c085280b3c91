// Vocabulary of Vietnamese provincial political news, written with full tone marks, so the
// synthetic corpus exercises NFC normalisation, slugify and the glossary like real articles.

/** Who acts in a sentence: Party, government and mass organisations at provincial level. */
export const SUBJECTS = [
  "Ban Thường vụ Tỉnh ủy",
  "BTV Tỉnh ủy",
  "Thường trực HĐND tỉnh",
  "UBND tỉnh",
  "Ủy ban MTTQ tỉnh",
  "Ban Dân vận Tỉnh ủy",
  "Ban Tổ chức Tỉnh ủy",
  "Ban Tuyên giáo Tỉnh ủy",
  "Ủy ban Kiểm tra Tỉnh ủy",
  "Đoàn ĐBQH tỉnh",
  "Sở Kế hoạch và Đầu tư",
  "Sở Giáo dục và Đào tạo",
  "Sở Y tế",
  "Sở Tài chính",
  "Sở Nông nghiệp và Phát triển nông thôn",
  "Sở Giao thông vận tải",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Lao động - Thương binh và Xã hội",
  "BHXH tỉnh",
  "Hội Nông dân tỉnh",
  "Hội Liên hiệp Phụ nữ tỉnh",
  "Tỉnh đoàn",
  "Liên đoàn Lao động tỉnh",
  "Hội Cựu chiến binh tỉnh",
  "Công an tỉnh",
  "Bộ Chỉ huy Quân sự tỉnh",
  "các sở, ban, ngành",
  "chính quyền các cấp",
  "UBND các huyện, thị xã, thành phố",
  "cấp ủy, chính quyền địa phương",
  "đội ngũ cán bộ, đảng viên",
  "cộng đồng doanh nghiệp trên địa bàn",
  "Đảng bộ tỉnh",
  "Hội đồng nhân dân tỉnh khóa XIV",
  "Đoàn công tác của Trung ương",
  "lãnh đạo các địa phương",
] as const;

/** What the subject does. */
export const VERBS = [
  "triển khai",
  "quán triệt",
  "tổ chức thực hiện",
  "đẩy mạnh",
  "tăng cường",
  "chỉ đạo quyết liệt",
  "rà soát",
  "đánh giá kết quả",
  "thông qua",
  "ban hành",
  "kiểm tra, giám sát",
  "hoàn thiện",
  "tập trung thực hiện",
  "phối hợp chặt chẽ trong",
  "nâng cao hiệu quả",
  "khắc phục hạn chế trong",
  "tháo gỡ khó khăn cho",
  "đôn đốc tiến độ",
  "tiếp thu ý kiến về",
  "thảo luận, cho ý kiến vào",
  "xem xét, quyết định",
  "phê duyệt",
  "hướng dẫn thực hiện",
  "sơ kết",
  "tổng kết",
  "cụ thể hóa",
  "đồng hành cùng",
  "ưu tiên nguồn lực cho",
] as const;

/** What is acted upon: programmes, resolutions and fields of work. */
export const OBJECTS = [
  "Nghị quyết Đại hội Đảng bộ tỉnh",
  "kế hoạch phát triển KT-XH năm",
  "công tác cải cách hành chính",
  "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
  "công tác phòng, chống tham nhũng, lãng phí",
  "các dự án trọng điểm của tỉnh",
  "công tác giải phóng mặt bằng",
  "Quy chế dân chủ ở cơ sở",
  "công tác cán bộ",
  "chính sách an sinh xã hội",
  "chỉ số năng lực cạnh tranh cấp tỉnh",
  "hạ tầng giao thông kết nối vùng",
  "chuyển đổi số trong cơ quan nhà nước",
  "kỳ thi tốt nghiệp THPT",
  "kế hoạch giải ngân vốn đầu tư công",
  "công tác xây dựng Đảng và hệ thống chính trị",
  "phong trào thi đua yêu nước",
  "cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa",
  "công tác bảo vệ môi trường",
  "chương trình giảm nghèo bền vững",
  "công tác phòng, chống thiên tai",
  "hoạt động tiếp công dân, giải quyết khiếu nại, tố cáo",
  "đề án sắp xếp đơn vị hành chính cấp xã",
  "chính sách thu hút đầu tư",
  "công tác bảo hiểm y tế, bảo hiểm xã hội",
  "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  "công tác dân vận của hệ thống chính trị",
  "nhiệm vụ quốc phòng, an ninh",
  "sản xuất vụ đông xuân",
  "phát triển du lịch cộng đồng",
  "quy hoạch tỉnh thời kỳ 2021-2030",
  "công tác chăm sóc sức khỏe nhân dân",
] as const;

/** How, or to what end, the action is done. */
export const COMPLEMENTS = [
  "một cách đồng bộ, hiệu quả",
  "theo đúng tiến độ đề ra",
  "bảo đảm chất lượng, tránh hình thức",
  "với quyết tâm chính trị cao",
  "phù hợp với điều kiện thực tế của địa phương",
  "góp phần hoàn thành thắng lợi nhiệm vụ chính trị của tỉnh",
  "tạo sự đồng thuận cao trong nhân dân",
  "gắn với trách nhiệm của người đứng đầu",
  "không để xảy ra tình trạng chồng chéo",
  "nhằm nâng cao đời sống vật chất và tinh thần của nhân dân",
  "trên tinh thần đoàn kết, dân chủ, kỷ cương",
  "kịp thời tháo gỡ vướng mắc phát sinh từ cơ sở",
  "lấy người dân và doanh nghiệp làm trung tâm",
  "bảo đảm công khai, minh bạch",
] as const;

/** Sentence openers: when, where, or in what setting. */
export const OPENERS = [
  "Sáng nay,",
  "Chiều cùng ngày,",
  "Trong năm qua,",
  "Thời gian tới,",
  "Tại hội nghị,",
  "Theo báo cáo,",
  "Tại TP Hạ Long,",
  "Phát biểu kết luận,",
  "Cùng ngày,",
  "Trên cơ sở đó,",
  "Bên cạnh những kết quả đạt được,",
  "Để thực hiện mục tiêu trên,",
  "Qua kiểm tra thực tế,",
  "Tại buổi làm việc,",
  "Theo đánh giá của Thường trực Tỉnh ủy,",
  "Năm nay,",
] as const;

/** Figures and results, joined to a sentence with a comma. */
export const RESULTS = [
  "tổng thu ngân sách trên địa bàn đạt {n} tỷ đồng",
  "tốc độ tăng trưởng kinh tế đạt {p}%",
  "tỷ lệ hộ nghèo giảm còn {p}%",
  "{p}% số xã đạt chuẩn nông thôn mới",
  "đã giải ngân được {p}% kế hoạch vốn",
  "thu hút {n} dự án đầu tư với tổng vốn đăng ký hơn {n} tỷ đồng",
  "tỷ lệ bao phủ bảo hiểm y tế đạt {p}%",
  "đã tổ chức {n} cuộc tiếp xúc cử tri",
  "kết nạp {n} đảng viên mới",
  "{p}% thủ tục hành chính được giải quyết trực tuyến",
] as const;

/** Officials' roles, used in quotes and attributions. */
export const ROLES = [
  "Bí thư Tỉnh ủy",
  "Phó Bí thư Thường trực Tỉnh ủy",
  "Chủ tịch UBND tỉnh",
  "Phó Chủ tịch UBND tỉnh",
  "Chủ tịch HĐND tỉnh",
  "Chủ tịch Ủy ban MTTQ tỉnh",
  "Trưởng Ban Dân vận Tỉnh ủy",
  "Giám đốc Sở Kế hoạch và Đầu tư",
  "Trưởng Đoàn ĐBQH tỉnh",
] as const;

export const FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh"] as const;
export const MIDDLE_NAMES = ["Văn", "Thị", "Đức", "Minh", "Hồng", "Thanh", "Quang", "Ngọc", "Xuân", "Thu"] as const;
export const GIVEN_NAMES = [
  "Đọc", "Nhung", "Hùng", "Hương", "Dũng", "Thảo", "Tuấn", "Lan", "Hải", "Hòa",
  "Phương", "Cường", "Hạnh", "Sơn", "Trang", "Thắng", "Yến", "Long", "Huyền", "Khánh",
] as const;

/** Provinces and cities, half of the tag pool. */
export const PLACES = [
  "Quảng Ninh", "Hà Nội", "Hải Phòng", "Hải Dương", "Hưng Yên", "Thái Bình", "Nam Định", "Ninh Bình", "Hà Nam", "Bắc Ninh",
  "Bắc Giang", "Lạng Sơn", "Cao Bằng", "Hà Giang", "Tuyên Quang", "Thái Nguyên", "Phú Thọ", "Vĩnh Phúc", "Yên Bái", "Lào Cai",
  "Điện Biên", "Lai Châu", "Sơn La", "Hòa Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
  "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai",
  "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "TP Hồ Chí Minh", "Long An",
  "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng",
  "Bạc Liêu", "Cà Mau", "Hạ Long", "Cẩm Phả", "Uông Bí", "Móng Cái", "Vân Đồn", "Cô Tô", "Đông Triều", "Quảng Yên",
] as const;

/** Topics, the other half of the tag pool. */
export const TOPICS = [
  "Dân vận", "Hệ thống chính trị", "Xây dựng Đảng", "Cải cách hành chính", "Nông thôn mới", "Phòng chống tham nhũng", "Đầu tư công",
  "Giải phóng mặt bằng", "Chuyển đổi số", "An sinh xã hội", "Giảm nghèo", "Bảo hiểm xã hội", "Bảo hiểm y tế", "Giáo dục", "Tuyển sinh",
  "Thi tốt nghiệp", "Y tế cơ sở", "Phòng chống dịch", "Du lịch", "Di sản", "Lễ hội", "Văn hóa cơ sở", "Thể thao", "Môi trường",
  "Biến đổi khí hậu", "Phòng chống thiên tai", "Nông nghiệp", "OCOP", "Thủy sản", "Lâm nghiệp", "Công nghiệp", "Khu kinh tế",
  "Hạ tầng giao thông", "Cao tốc", "Cảng biển", "Xuất nhập khẩu", "Doanh nghiệp", "Khởi nghiệp", "PCI", "PAPI", "Thu ngân sách",
  "Quy hoạch", "Đất đai", "Nhà ở xã hội", "Lao động việc làm", "Công đoàn", "Thanh niên", "Phụ nữ", "Cựu chiến binh", "Nông dân",
  "Mặt trận Tổ quốc", "HĐND", "Kỳ họp HĐND", "Tiếp xúc cử tri", "ĐBQH", "Bầu cử", "Công tác cán bộ", "Kiểm tra giám sát",
  "Thi đua khen thưởng", "Quốc phòng", "An ninh trật tự", "Biên giới", "Biển đảo", "Đối ngoại", "Hợp tác quốc tế", "Dân tộc thiểu số",
  "Tôn giáo", "Người có công", "Đền ơn đáp nghĩa", "Trẻ em", "Người cao tuổi", "Khoa học công nghệ", "Báo chí", "Tuyên truyền",
  "Học tập và làm theo Bác", "Nghị quyết Trung ương", "Đại hội Đảng", "Sáp nhập đơn vị hành chính", "Tinh giản biên chế", "Kinh tế số",
  "Thương mại điện tử", "Giá cả thị trường", "Tết Nguyên đán", "Mùa mưa bão", "Nước sạch nông thôn", "Điện lực", "Xây dựng",
  "Đô thị", "Vệ sinh an toàn thực phẩm", "Phòng cháy chữa cháy", "Tai nạn giao thông", "Ma túy", "Pháp luật", "Tư pháp", "Thanh tra",
  "Kiểm toán", "Ngân hàng chính sách", "Tín dụng", "Hợp tác xã", "Làng nghề", "Văn học nghệ thuật", "Thư viện", "Bảo tàng",
  "Chuyển đổi xanh", "Năng lượng tái tạo", "Khoáng sản", "Than", "Cửa khẩu", "Logistics", "Nguồn nhân lực", "Đào tạo nghề",
  "Y tế dự phòng", "Bệnh viện tuyến tỉnh", "Dinh dưỡng học đường", "Sách giáo khoa", "Giáo viên", "Học sinh giỏi", "Khuyến học",
  "Thiện nguyện", "Hiến máu", "Chữ thập đỏ", "Quỹ vì người nghèo", "Nhà đại đoàn kết",
] as const;
