/* Generated from schema/plan.schema.json by `npm run gen`. Do not edit. */

/** Tệp nguồn của một kế hoạch tổ chức hội nghị: dữ liệu để tạo Kế hoạch, Giấy mời và danh sách phát hành theo Nghị định 30/2020/NĐ-CP. */
export interface PlanSource {
  /** Cơ quan chủ quản, cơ quan ban hành, chữ viết tắt và địa danh. */
  issuer: {
    /** Tên cơ quan, tổ chức chủ quản trực tiếp, in hoa (ví dụ: UBND TỈNH BẮC GIANG). Bỏ trống nếu không có. Muốn tự chọn chỗ xuống dòng thì đặt dấu | tại đó (ví dụ: ỦY BAN NHÂN DÂN | TỈNH HẢI DƯƠNG); nếu không, dòng dài được tự ngắt ở chỗ hợp lý, không bao giờ giữa tên địa danh. */
    parent?: string;
    /** Tên đầy đủ của cơ quan ban hành, in hoa, không viết tắt (ví dụ: SỞ KHOA HỌC VÀ CÔNG NGHỆ). Muốn tự chọn chỗ xuống dòng thì đặt dấu | tại đó (ví dụ: ỦY BAN NHÂN DÂN | TỈNH HẢI DƯƠNG); nếu không, dòng dài được tự ngắt ở chỗ hợp lý, không bao giờ giữa tên địa danh. */
    name: string;
    /** Tên cơ quan viết hoa theo Phụ lục II, dùng trong câu văn (ví dụ: Sở Khoa học và Công nghệ). Bỏ trống để chương trình tự suy ra. */
    nameInText?: string;
    /** Dùng trong ký hiệu văn bản (ví dụ: KHCN trong 05/KH-KHCN; BDVTW trong Số 2297-KH/BDVTW). Có thể gồm nhiều phần nối bằng dấu gạch nối, phần sau là đơn vị soạn thảo (ví dụ: ĐHĐA-NCKH trong 322/KH-ĐHĐA-NCKH). */
    abbreviation: string;
    /** nd30 (mặc định): thể thức văn bản hành chính theo Nghị định 30/2020/NĐ-CP (Quốc hiệu, Tiêu ngữ, Số: 05/KH-KHCN). dang: thể thức văn bản của Đảng theo Hướng dẫn 36-HD/VPTW (tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM, dấu sao dưới tên cơ quan, Số 2297-KH/BDVTW). doan: thể thức văn bản của Đoàn TNCS Hồ Chí Minh (tiêu đề ĐOÀN TNCS HỒ CHÍ MINH, dấu sao dưới tên cơ quan, Số: 15-KH/ĐTN). */
    style?: 'nd30' | 'dang' | 'doan';
    /** Tên đơn vị hành chính nơi cơ quan đóng trụ sở (ví dụ: Bắc Giang). */
    place: string;
    /** Địa chỉ, điện thoại, email của cơ quan (ô số 13), không bắt buộc. */
    address?: string;
  };
  /** Số, ngày ban hành và trích yếu của Kế hoạch. */
  document: {
    /** Kế hoạch (mặc định, ký hiệu KH), Thông báo (TB), Chương trình (CTr) hoặc Phương án (PA): in thành tên loại (KẾ HOẠCH, THÔNG BÁO …) và trong số, ký hiệu (05/TB-KHCN). */
    type?: 'Kế hoạch' | 'Thông báo' | 'Chương trình' | 'Phương án';
    /** Số của Kế hoạch; để trống ("") khi văn thư chưa cấp số. Ghi 5, 05 hoặc "05" đều được; văn bản in là 05. Chỉ ghi số, không ghi ký hiệu. */
    number?: string | number;
    /** Chỉ ghi khi ký hiệu không theo dạng thường (KH-<chữ viết tắt cơ quan>, hoặc KH/<chữ viết tắt cơ quan> với thể thức của Đảng), ví dụ cơ quan đứng trước: HĐPH-KH trong 1272/HĐPH-KH. Gồm chữ in hoa, chữ số, &, nối bằng - hoặc /. */
    symbol?: string;
    /** Ngày ký ban hành. Bỏ trống khi chưa ký. Viết theo thứ tự ngày/tháng/năm: 31/07/2018 hoặc 31/7/2018 (cũng nhận 2018-07-31). */
    date?: string;
    /** Trích yếu nội dung, viết thường (ví dụ: Tổ chức Hội nghị giao ban …). Trích yếu dài được chia thành các dòng đều nhau, không để một chữ đứng riêng ở dòng cuối. Muốn tự chọn chỗ xuống dòng thì đặt dấu | tại đó (ví dụ: ỦY BAN NHÂN DÂN | TỈNH HẢI DƯƠNG); nếu không, dòng dài được tự ngắt ở chỗ hợp lý, không bao giờ giữa tên địa danh. */
    title: string;
  };
  /**
   * Mỗi căn cứ một dòng, in nghiêng trong văn bản.
   *
   * Items: Một văn bản làm căn cứ.
   */
  legalBases?: string[];
  /** Câu mở đầu trước các mục của Kế hoạch. */
  intro?: string;
  /**
   * Các ý của mục Mục đích, yêu cầu.
   *
   * @minItems 1
   *
   * Items: Một ý, hiển thị như một gạch đầu dòng.
   */
  purpose?: string[];
  /**
   * Các ý của tiểu mục "Yêu cầu". Khi có, mục I chia hai tiểu mục "1. Mục đích" (purpose) và "2. Yêu cầu".
   *
   * @minItems 1
   *
   * Items: Một yêu cầu.
   */
  requirements?: string[];
  /** I.1.a: I. / 1. / a) (mặc định); I.1.1.1: I. / 1. / 1.1.; 1.1.1: 1. / 1.1. / 1.1.1. (số Ả Rập ở cấp trên cùng); none: đề mục lớn in hoa, không đánh số; I-1.a: I- / 1. / a) và I-1-a: I- / 1- / a), như nhiều văn bản của Đảng và các đoàn thể. */
  numbering?: 'I.1.a' | 'I.1.1.1' | '1.1.1' | 'none' | 'I-1.a' | 'I-1-a';
  /** Nội dung hội nghị: các ý hoặc chương trình theo giờ. */
  content?: {
    /**
     * Mỗi nội dung một gạch đầu dòng.
     *
     * Items: Một nội dung.
     */
    items?: string[];
    /**
     * Chương trình theo khung giờ, có thể nhiều ngày.
     *
     * @minItems 1
     *
     * Items: Một khung giờ.
     */
    programme?: {
      /** Ngày diễn ra (khi hội nghị nhiều ngày). Viết theo thứ tự ngày/tháng/năm: 31/07/2018 hoặc 31/7/2018 (cũng nhận 2018-07-31). */
      date?: string;
      /** Khung giờ, ví dụ 08:00 - 08:30. */
      time: string;
      /** Nội dung của khung giờ. */
      item: string;
      /** Người trình bày hoặc đơn vị chịu trách nhiệm. */
      presenter?: string;
      /**
       * In thành các dòng "+ …" dưới nội dung của khung giờ.
       *
       * Items: Một ý.
       */
      items?: string[];
    }[];
    /** Thay tiêu đề mặc định của các cột. */
    columns?: {
      /** Mặc định: TT. */
      number?: string;
      /** Mặc định: Thời gian. */
      time?: string;
      /** Mặc định: Nội dung. */
      item?: string;
      /** Mặc định: Thực hiện (ví dụ: Đơn vị, người thực hiện). */
      presenter?: string;
    };
    /** true để thêm cột số thứ tự (TT) vào bảng chương trình. */
    numbered?: boolean;
    /** Thay bảng chương trình bằng một câu, ví dụ: "Có chương trình kèm theo". Khi có, không bắt buộc programme. */
    attached?: string;
  };
  /**
   * Các nhóm thành phần tham dự.
   *
   * @minItems 1
   *
   * Items: Một nhóm đại biểu.
   */
  attendees?: {
    /** Mã ngắn để khách mời tham chiếu tới nhóm (chữ thường, số, gạch nối). */
    id?: string;
    /** Mô tả nhóm như trong văn bản. */
    text: string;
    /**
     * Các cơ quan, cá nhân cụ thể trong nhóm.
     *
     * Items: Tên một thành viên.
     */
    members?: string[];
    /** Vai trò của nhóm tại hội nghị. */
    role?: 'chủ trì' | 'đồng chủ trì' | 'báo cáo viên' | 'đại biểu' | 'phục vụ';
    /** Số đại biểu của nhóm (mỗi đơn vị). */
    quota?: number;
    /** false nếu nhóm không nhận Giấy mời (ví dụ: cán bộ của cơ quan ban hành). */
    invited?: boolean;
    /** Tên cơ quan mời nhóm này (ví dụ: UBND huyện): nhóm được ghi trong "Thành phần mời" kèm "(do … mời)" nhưng không gửi thư từ đây. */
    invitedBy?: string;
  }[];
  /** Ngày, giờ và thời lượng của hội nghị. */
  time: {
    /** Ngày tổ chức (hội nghị một ngày). Viết theo thứ tự ngày/tháng/năm: 31/07/2018 hoặc 31/7/2018 (cũng nhận 2018-07-31). */
    date?: string;
    /** Ngày bắt đầu (hội nghị nhiều ngày). Viết theo thứ tự ngày/tháng/năm: 31/07/2018 hoặc 31/7/2018 (cũng nhận 2018-07-31). */
    from?: string;
    /** Ngày kết thúc (hội nghị nhiều ngày). Viết theo thứ tự ngày/tháng/năm: 31/07/2018 hoặc 31/7/2018 (cũng nhận 2018-07-31). */
    to?: string;
    /** Giờ khai mạc, dạng HH:MM (ví dụ 08:00). */
    start?: string;
    /** Giờ bế mạc, dạng HH:MM. */
    end?: string;
    /** Theo cách viết quen dùng: 01 ngày, ½ ngày, 01 buổi. */
    duration?: string;
    /** Ví dụ: (có Giấy mời kèm theo). */
    note?: string;
    /** Khi chỉ biết tháng: dạng YYYY-MM, in "trong tháng 7 năm 2021". */
    month?: string;
    /** Ví dụ: buổi sáng, buổi chiều; in trước thứ, ngày. */
    session?: string;
    /** true khi from/to là khoảng thời gian tổ chức (in "từ ngày 26 đến 30/10/2020"), không phải số ngày diễn ra. */
    window?: boolean;
    /** Ghi chú ngày âm lịch, in trong ngoặc sau ngày (ví dụ: tức ngày 10 tháng 3 năm Nhâm Dần). */
    lunar?: string;
  };
  /** Nơi tổ chức; có thể gồm nhiều phòng hoặc họp trực tuyến. */
  venue?: {
    /** Ví dụ: Hội trường tầng 5, Sở Khoa học và Công nghệ. */
    name?: string;
    /** Địa chỉ của địa điểm. */
    address?: string;
    /**
     * Các phòng họp (khi chia nhiều phòng).
     *
     * Items: Tên một phòng.
     */
    rooms?: string[];
    /** Điểm cầu trung tâm và các điểm cầu. */
    online?: {
      /** Ví dụ: Hệ thống hội nghị truyền hình trực tuyến của tỉnh. */
      platform?: string;
      /** Nơi đặt điểm cầu trung tâm. */
      central: string;
      /**
       * Các điểm cầu kết nối.
       *
       * Items: Một điểm cầu.
       */
      bridges?: string[];
      /**
       * Mỗi thành phần một dòng "+ …".
       *
       * Items: Một thành phần.
       */
      centralParticipants?: string[];
      /**
       * Từng điểm cầu (hoặc loại điểm cầu) với thành phần dự tại đó.
       *
       * Items: Một điểm cầu hoặc một loại điểm cầu.
       */
      points?: {
        /** Ví dụ: Điểm cầu các huyện, thị xã, thành phố. */
        name: string;
        /**
         * Mỗi thành phần một dòng "+ …".
         *
         * Items: Một thành phần.
         */
        participants?: string[];
      }[];
    };
    /** Mặc định: trực tiếp kết hợp trực tuyến khi có cả name và online; trực tuyến khi chỉ có online; trực tiếp khi không có online. */
    mode?: 'trực tiếp' | 'trực tuyến' | 'trực tiếp kết hợp trực tuyến';
    /**
     * Mỗi tiểu ban (phiên) và phòng tổ chức.
     *
     * Items: Một tiểu ban hoặc phiên và phòng của nó.
     */
    panels?: {
      /** Ví dụ: Tiểu ban 1: Khoa học tự nhiên. */
      name: string;
      /** Ví dụ: Phòng 201, nhà A. */
      room: string;
    }[];
  };
  /** Nguồn kinh phí và dự toán (nếu có). */
  funding?: {
    /** Nguồn kinh phí thực hiện. */
    source: string;
    /** Dự toán chi tiết. */
    budget?: {
      /**
       * Mỗi khoản một dòng.
       *
       * @minItems 1
       *
       * Items: Một khoản chi.
       */
      items: {
        /** Tên khoản chi. */
        name: string;
        /** Ví dụ: người, buổi. */
        unit?: string;
        /** Số lượng. */
        quantity?: number;
        /** Đơn giá, đồng. */
        unitPrice?: number;
        /** Thành tiền; bỏ trống để tính bằng số lượng × đơn giá. */
        amount?: number;
      }[];
      /** Tổng dự toán; bỏ trống để tự cộng. */
      total?: number;
      /** Tổng số tiền bằng chữ; bỏ trống để tự viết. */
      totalInWords?: string;
    };
  };
  /**
   * Nhiệm vụ của từng đơn vị.
   *
   * Items: Nhiệm vụ của một đơn vị.
   */
  responsibilities?: {
    /** Tên đơn vị thực hiện. */
    unit?: string;
    /** Đoạn văn giao nhiệm vụ, như trong văn bản. */
    text?: string;
    /**
     * Các nhiệm vụ cụ thể của đơn vị.
     *
     * Items: Một nhiệm vụ.
     */
    tasks?: string[];
  }[];
  /**
   * Các mục riêng của kế hoạch (ví dụ: Phương thức tổ chức, Tiến độ thực hiện).
   *
   * Items: Một mục bổ sung.
   */
  sections?: {
    /** Mã ngắn để sắp xếp thứ tự trong order. */
    id: string;
    /** Tiêu đề của mục, in hoa. */
    heading: string;
    /**
     * Đoạn văn xuôi.
     *
     * Items: Một đoạn.
     */
    paragraphs?: string[];
    /**
     * Các gạch đầu dòng. Một ý bắt đầu bằng «+ » là ý con của ý đứng trước (in dấu +, không đánh số).
     *
     * Items: Một ý.
     */
    items?: string[];
    /** Các tiểu mục đánh số 1., 2. */
    subsections?: Block[];
    /** "-" gạch đầu dòng (mặc định), "+" dấu cộng, "1." đánh số 1., 2., "a)" đánh chữ a), b). */
    list?: '-' | '+' | '1.' | 'a)';
    /**
     * In thời gian, địa điểm, thành phần hoặc chương trình của hội nghị ngay trong tiểu mục này (dữ liệu vẫn lấy từ time, venue, attendees, content nên Giấy mời và kiểm tra vẫn dùng được).
     *
     * Items: time, venue, attendees hoặc programme.
     */
    facts?: ('time' | 'venue' | 'attendees' | 'programme')[];
  }[];
  /**
   * Thứ tự các mục lớn: purpose, content, responsibilities và mã các mục bổ sung.
   *
   * @minItems 1
   *
   * Items: Mã một mục.
   */
  order?: string[];
  /** Thay tiêu đề mặc định của các mục. */
  headings?: {
    /** Tiêu đề mục I. */
    purpose?: string;
    /** Tiêu đề mục II. */
    content?: string;
    /** Tiêu đề tiểu mục nội dung. */
    contentItems?: string;
    /** Tiêu đề tiểu mục thành phần. */
    attendees?: string;
    /** Tiêu đề tiểu mục thời gian. */
    time?: string;
    /** Tiêu đề tiểu mục địa điểm. */
    venue?: string;
    /** Tiêu đề tiểu mục kinh phí. */
    funding?: string;
    /** Tiêu đề mục tổ chức thực hiện. */
    responsibilities?: string;
  };
  /** Thẩm quyền, chức vụ và họ tên người ký. */
  signer: {
    /** TM., KT., TL., TUQ., Q. hoặc để trống khi người đứng đầu ký. */
    authority?: '' | 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';
    /** Ví dụ: GIÁM ĐỐC (dòng sau KT.). */
    headTitle?: string;
    /** Ví dụ: PHÓ GIÁM ĐỐC. */
    title: string;
    /** Họ tên người ký, không kèm học hàm, học vị. */
    name: string;
  };
  /** Nơi nhận bản giấy, dòng Lưu và danh sách bản điện tử. */
  recipients: {
    /**
     * Mỗi nơi nhận một dòng.
     *
     * Items: Một nơi nhận.
     */
    paper?: string[];
    /**
     * Các nơi lưu: VT và đơn vị soạn thảo (ví dụ: VT, KHCNCS).
     *
     * @minItems 1
     *
     * Items: Một nơi lưu.
     */
    archive: string[];
    /** Số lượng bản lưu (không bắt buộc). */
    copies?: number;
    /**
     * Các nơi chỉ nhận bản điện tử.
     *
     * Items: Một nơi nhận; ghi { name, email } để plan send gửi Kế hoạch qua email.
     */
    electronic?: (
      | string
      | {
          /** Tên nơi nhận, như ghi trong văn bản. */
          name: string;
          /** Địa chỉ email nhận bản điện tử. */
          email?: string;
        }
    )[];
  };
  /** Dữ liệu để tạo Giấy mời. */
  invitations?: {
    /** Số của Giấy mời; để trống khi chưa cấp số. Ghi 5, 05 hoặc "05" đều được; văn bản in là 05. Chỉ ghi số, không ghi ký hiệu. */
    number?: string | number;
    /** Chỉ ghi khi ký hiệu không theo dạng thường (GM-<chữ viết tắt cơ quan>, hoặc GM/<chữ viết tắt cơ quan> với thể thức của Đảng), ví dụ cơ quan đứng trước: HĐPH-VP trong 1273/HĐPH-VP. Gồm chữ in hoa, chữ số, &, nối bằng - hoặc /. */
    symbol?: string;
    /** Ngày ký Giấy mời. Viết theo thứ tự ngày/tháng/năm: 31/07/2018 hoặc 31/7/2018 (cũng nhận 2018-07-31). */
    date?: string;
    /** Ví dụ: Dự Hội nghị giao ban … */
    title: string;
    /** batch: một số cho cả đợt; per-invitee: mỗi giấy mời một số. */
    numbering?: 'batch' | 'per-invitee';
    /** Người chủ trì hội nghị. */
    chair?: string;
    /** Người liên hệ. */
    contact?: {
      /** Người hoặc đơn vị đầu mối. */
      name: string;
      /** Số điện thoại. */
      phone?: string;
      /** Địa chỉ email. */
      email?: string;
    };
    /** Hạn xác nhận tham dự. Viết theo thứ tự ngày/tháng/năm: 31/07/2018 hoặc 31/7/2018 (cũng nhận 2018-07-31). */
    replyBy?: string;
    /**
     * Các vấn đề cần lưu ý (tài liệu, trang phục …).
     *
     * Items: Một lưu ý.
     */
    notes?: string[];
    /** Đường dẫn tới tệp CSV hoặc XLSX, tính từ thư mục của tệp kế hoạch. */
    data?: string;
    /** Tên trang tính trong tệp XLSX. */
    sheet?: string;
    /** Cỡ phong bì của plan build --only envelopes: DL (110 × 220 mm, mặc định) hoặc C5 (162 × 229 mm). */
    envelope?: 'DL' | 'C5';
    /** Danh sách khách mời. */
    invitees?: Invitee[];
    /** giay-moi: mỗi khách mời một Giấy mời (mặc định); giay-moi-thanh-phan: một Giấy mời kèm danh sách "Thành phần mời"; thu-moi: Thư mời có dòng "Kính gửi:"; trieu-tap: Thông báo triệu tập (bắt buộc có mặt); cong-van: Công văn mời (V/v …, Kính gửi:); thong-bao: Thông báo hội thảo (số 1, số 2: hạn nộp bài, lệ phí, tài khoản). */
    form?: 'giay-moi' | 'giay-moi-thanh-phan' | 'thu-moi' | 'trieu-tap' | 'cong-van' | 'thong-bao';
    /**
     * Người hoặc cơ quan nhận ghi sau "Kính gửi:" (Thư mời, Công văn, Thông báo). Một dòng: in trên một dòng; nhiều dòng: mỗi dòng một gạch đầu dòng. Thư mời không ghi mục này thì mỗi khách mời một thư.
     *
     * Items: Một người hoặc cơ quan nhận.
     */
    addressees?: string[];
    /** Câu căn cứ hoặc câu dẫn in đầu thư (ví dụ: Căn cứ …; Thực hiện Kế hoạch số …). */
    preamble?: string;
    /** Câu kết thư, thay câu mặc định của mẫu (ví dụ: Kính mời các đại biểu về dự để buổi Lễ thành công tốt đẹp.). */
    closing?: string;
    /** Chữ viết tắt đơn vị soạn thảo trong ký hiệu Công văn (ví dụ: VP trong 3710/BGDĐT-VP). */
    unit?: string;
    /** Các ý Thời gian, Địa điểm, Thành phần …: 1. 2. 3., a) b) c) hoặc gạch đầu dòng (mặc định theo loại thư). */
    items?: '1.' | 'a)' | '-';
    /** none: không in chương trình (mặc định); printed: in chương trình trong thư; attached: in chương trình thành trang riêng "Chương trình" kèm theo thư. */
    programme?: 'none' | 'printed' | 'attached';
    /** Thông báo số 1, số 2 … của hội thảo (loại thong-bao). */
    sequence?: number;
    /** Tài liệu đăng tại trang thông tin điện tử: in thành liên kết bấm được trong mục Ghi chú. */
    documents?: {
      /** Địa chỉ trang web, bắt đầu bằng http:// hoặc https://. */
      url: string;
      /** Ví dụ: Đề nghị đại biểu tra cứu tài liệu kỳ họp tại */
      text?: string;
    };
    /** Số phút đại biểu cần có mặt trước giờ khai mạc. */
    arriveEarly?: number;
    /** Yêu cầu về trang phục. */
    dress?: string;
    /** Nơi gửi xe, lối vào. */
    parking?: string;
    /** Giấy tờ, tài liệu đại biểu cần mang theo. */
    bring?: string;
    /**
     * Hạn đăng ký, nộp bài … (loại thong-bao); có thể trước ngày gửi giấy mời.
     *
     * Items: Một hạn.
     */
    deadlines?: {
      /** Hạn cuối, ngày/tháng/năm. */
      date: string;
      /** Việc phải xong trước hạn (ví dụ: Nộp báo cáo toàn văn). */
      text: string;
    }[];
    /** Bảng lệ phí theo đối tượng và mốc thời gian (loại thong-bao). */
    fees?: {
      /**
       * Tiêu đề các cột (ví dụ: Trước ngày 30/9/2015).
       *
       * @minItems 1
       *
       * Items: Một mốc thời gian.
       */
      tiers: string[];
      /**
       * Mỗi đối tượng một dòng.
       *
       * @minItems 1
       *
       * Items: Một đối tượng và các mức phí.
       */
      rows: {
        /** Ví dụ: Sinh viên. */
        category: string;
        /**
         * Theo thứ tự các cột (ví dụ: 500.000 đ/người).
         *
         * @minItems 1
         *
         * Items: Một mức phí.
         */
        amounts: string[];
      }[];
      /** Ví dụ: kỷ yếu, tài liệu, ăn trưa. */
      includes?: string;
    };
    /** Tài khoản nhận lệ phí (loại thong-bao). */
    bank?: {
      /** Chủ tài khoản. */
      holder: string;
      /** Số tài khoản. */
      account: string;
      /** Ngân hàng, chi nhánh. */
      bank: string;
    };
    /** Trang web của hội nghị. */
    website?: string;
  };
  /** Người gửi, máy chủ thư và nhịp gửi của lệnh plan send. Mật khẩu không ghi ở đây: chỉ đặt trong biến môi trường PLAN_SMTP_PASSWORD. */
  mail?: {
    /** Mặc định: tên cơ quan ban hành viết trong câu. */
    fromName?: string;
    /** Địa chỉ email của cơ quan ban hành (biến PLAN_SMTP_FROM thay thế được). */
    fromEmail?: string;
    /** Tên máy chủ thư đi (biến PLAN_SMTP_HOST thay thế được). */
    host?: string;
    /** Mặc định 587 (465 khi secure: tls, 25 khi none). */
    port?: number;
    /** starttls (mặc định), tls hoặc none. */
    secure?: 'none' | 'starttls' | 'tls';
    /** Tài khoản SMTP (biến PLAN_SMTP_USER thay thế được). */
    user?: string;
    /** Giới hạn tốc độ gửi; mặc định 30. */
    perMinute?: number;
    /** Số lần thử lại khi máy chủ tạm từ chối (mã 4xx) hoặc mất kết nối; mặc định 3. */
    retries?: number;
    /** Lần chờ đầu tiên, gấp đôi sau mỗi lần; mặc định 5. */
    retryDelay?: number;
  };
  /** Lề trang và cỡ chữ (trong giới hạn của Nghị định 30). */
  page?: {
    /** Lề trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm. */
    margins?: {
      /** 20–25 mm. */
      top?: number;
      /** 20–25 mm. */
      bottom?: number;
      /** 30–35 mm. */
      left?: number;
      /** 15–20 mm. */
      right?: number;
    };
    /** 13 hoặc 14. */
    fontSize?: 13 | 14;
  };
  /** Đặt mức độ cho từng quy tắc kiểm tra: off, warning, error. */
  rules?: {
    [k: string]: 'off' | 'warning' | 'error';
  };
}
/**
 * Một tiểu mục có tiêu đề, đoạn văn, gạch đầu dòng và tiểu mục con.
 *
 * This interface was referenced by `PlanSource`'s JSON-Schema
 * via the `definition` "block".
 */
export interface Block {
  /** Tiêu đề tiểu mục. */
  heading: string;
  /** Nội dung viết ngay sau tiêu đề. */
  text?: string;
  /**
   * Đoạn văn xuôi.
   *
   * Items: Một đoạn.
   */
  paragraphs?: string[];
  /**
   * Các gạch đầu dòng. Một ý bắt đầu bằng «+ » là ý con của ý đứng trước (in dấu +, không đánh số).
   *
   * Items: Một ý.
   */
  items?: string[];
  /** Đánh số a), b), c). */
  subsections?: Block[];
  /** "-" gạch đầu dòng (mặc định), "+" dấu cộng, "1." đánh số 1., 2., "a)" đánh chữ a), b). */
  list?: '-' | '+' | '1.' | 'a)';
  /**
   * In thời gian, địa điểm, thành phần hoặc chương trình của hội nghị ngay trong tiểu mục này (dữ liệu vẫn lấy từ time, venue, attendees, content nên Giấy mời và kiểm tra vẫn dùng được).
   *
   * Items: time, venue, attendees hoặc programme.
   */
  facts?: ('time' | 'venue' | 'attendees' | 'programme')[];
}
/**
 * Một khách mời: cơ quan hoặc cá nhân.
 *
 * This interface was referenced by `PlanSource`'s JSON-Schema
 * via the `definition` "invitee".
 */
export interface Invitee {
  /** Ông, Bà, Đồng chí. */
  salutation?: string;
  /** Họ tên người được mời. */
  name?: string;
  /** Chức vụ người được mời. */
  title?: string;
  /** Cơ quan, đơn vị. */
  organization?: string;
  /** Địa chỉ email. */
  email?: string;
  /** Địa chỉ gửi giấy mời. */
  address?: string;
  /** Số điện thoại để gọi hỏi xác nhận tham dự (plan rsvp). */
  phone?: string;
  /** Mã nhóm thành phần (attendees[].id). */
  group?: string;
}
