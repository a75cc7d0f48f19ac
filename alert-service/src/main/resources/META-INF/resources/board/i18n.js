/* Board texts in Vietnamese (default) and English. Elements carry data-i18n="key" (text) or data-i18n-label (aria). */
(function () {
  'use strict';
  const dict = {
    vi: {
      'app.title': 'Vùng Xanh — Bảng trực thanh tra', 'app.name': 'Vùng Xanh', 'app.skip': 'Chuyển đến danh sách cảnh báo',
      'app.sound': 'Âm báo', 'app.newAlerts': 'cảnh báo mới',
      'live.on': 'Đang trực tuyến', 'live.off': 'Chưa kết nối', 'live.retry': 'Mất kết nối, đang thử lại…',
      'signin.title': 'Đăng nhập', 'signin.help': 'Dán mã truy cập (bearer token) của thanh tra viên.',
      'signin.token': 'Mã truy cập', 'signin.submit': 'Đăng nhập', 'signin.out': 'Đăng xuất',
      'signin.rejected': 'Mã truy cập không hợp lệ hoặc đã hết hạn.', 'signin.forbidden': 'Mã này không thuộc thanh tra viên hay quản trị.',
      'scope.district': 'Quận/huyện', 'scope.ward': 'Phường', 'scope.admin': 'Quản trị: bấm một quận trên bản đồ',
      'alerts.title': 'Cảnh báo', 'alerts.show': 'Hiển thị', 'alerts.open': 'Đang mở', 'alerts.empty': 'Không có cảnh báo.',
      'alerts.count': 'lần', 'alerts.since': 'từ', 'alerts.lastSeen': 'gần nhất', 'alerts.level': 'Cấp',
      'alerts.allDistricts': 'Mọi quận/huyện', 'alerts.silenced': 'Đang tạm tắt', 'alerts.escalated': 'Đã báo cấp trên',
      'action.ack': 'Xác nhận', 'action.resolve': 'Đã xử lý', 'action.silence': 'Tạm tắt', 'action.detail': 'Chi tiết',
      'action.confirm': 'Gửi', 'action.cancel': 'Huỷ', 'action.note': 'Ghi chú', 'action.outcome': 'Kết quả',
      'action.duration': 'Thời gian', 'action.failed': 'Không thực hiện được',
      'action.silenceDone': 'Đã tạm tắt', 'duration.1h': '1 giờ', 'duration.4h': '4 giờ', 'duration.24h': '24 giờ',
      'status.FIRING': 'Đang báo', 'status.ACKNOWLEDGED': 'Đã xác nhận', 'status.RESOLVED': 'Đã xử lý',
      'severity.CRITICAL': 'Nghiêm trọng', 'severity.WARNING': 'Cảnh báo', 'severity.INFO': 'Thông tin',
      'outcome.FIXED': 'Đã khắc phục', 'outcome.WARNING_ISSUED': 'Đã nhắc nhở', 'outcome.FINED': 'Đã xử phạt',
      'outcome.FALSE_ALARM': 'Báo nhầm',
      'rule.SCANNING_SILENT': 'Không có lượt quét', 'rule.SCAN_RATE_DROP': 'Lượt quét giảm mạnh',
      'rule.LOW_QR_COVERAGE': 'Tỷ lệ quét QR thấp', 'rule.OVER_CAPACITY': 'Quá sức chứa',
      'rule.INVALID_QR_SCANS': 'Mã QR không hợp lệ', 'rule.SCANNER_OFFLINE': 'Thiết bị quét mất kết nối',
      'rule.CHECKPOINT_SILENT': 'Chốt không ghi nhận lượt qua', 'rule.HIGH_RISK_ARRIVAL': 'Người đến có nguy cơ cao',
      'rule.FEVER_CLUSTER': 'Nhiều ca sốt',
      'level.1': 'Cấp 1 — xanh', 'level.2': 'Cấp 2 — vàng', 'level.3': 'Cấp 3 — cam', 'level.4': 'Cấp 4 — đỏ',
      'detail.close': 'Đóng', 'detail.evidence': 'Bằng chứng', 'detail.history': 'Lịch sử', 'detail.place': 'Địa điểm',
      'detail.at': 'Thời điểm', 'detail.actor': 'Người thực hiện', 'detail.action': 'Thao tác', 'detail.reason': 'Lý do',
      'detail.status': 'Trạng thái', 'detail.ward': 'Phường', 'detail.severity': 'Mức độ', 'detail.count': 'Số lần',
      'map.title': 'Bản đồ quận/huyện', 'map.help': 'Màu theo số cảnh báo đang mở. Bấm vào quận để lọc.',
      'map.none': 'Chưa có bản đồ cho tỉnh/thành này.', 'map.outside': 'ngoài phạm vi', 'map.open': 'cảnh báo mở',
      'charts.title': 'Biểu đồ hôm nay', 'charts.scans': 'Lượt quét theo giờ, theo phường',
      'charts.rules': 'Cảnh báo đang mở theo quy tắc', 'charts.passages': 'Lượt qua chốt và quyết định theo giờ',
      'charts.hour': 'Giờ', 'charts.empty': 'Chưa có dữ liệu hôm nay.',
      'decision.ALLOWED': 'Cho qua', 'decision.TURNED_BACK': 'Quay lại', 'decision.REFERRED_TO_TESTING': 'Chuyển xét nghiệm',
      'decision.QUARANTINED': 'Cách ly', 'decision.NONE': 'Chưa ghi quyết định',
      'venues.title': 'Xếp hạng địa điểm', 'venues.name': 'Địa điểm', 'venues.ward': 'Phường', 'venues.type': 'Loại',
      'venues.status': 'Tình trạng', 'venues.scans': 'Lượt quét hôm nay', 'venues.lastScan': 'Lần quét cuối',
      'venues.coverage': 'Tỷ lệ quét', 'venues.openAlerts': 'Cảnh báo mở', 'venues.withAlerts': 'Có cảnh báo',
      'venues.ok': 'Không có cảnh báo', 'venues.empty': 'Không có địa điểm phù hợp.', 'filter.all': 'Tất cả',
      'type.MARKET': 'Chợ', 'type.CONVENIENCE_STORE': 'Cửa hàng tiện ích', 'type.SUPERMARKET': 'Siêu thị',
      'type.SHOPPING_CENTER': 'Trung tâm thương mại', 'type.RESTAURANT': 'Nhà hàng', 'type.OFFICE': 'Cơ quan',
      'type.CLINIC': 'Cơ sở y tế', 'type.SCHOOL': 'Trường học', 'type.RELIGIOUS_SITE': 'Cơ sở tôn giáo', 'type.OTHER': 'Khác',
      'report.title': 'Báo cáo ngày', 'report.date': 'Ngày', 'report.show': 'Xem', 'report.csv': 'Tải CSV',
      'report.empty': 'Không có số liệu cho ngày này.', 'report.failed': 'Không tải được báo cáo',
      'report.level': 'Cấp', 'report.venues': 'Địa điểm', 'report.activeVenues': 'Đang hoạt động',
      'report.venuesScanning': 'Có quét', 'report.scans': 'Lượt quét', 'report.alertsOpened': 'Cảnh báo mới',
      'report.alertsResolved': 'Đã xử lý', 'report.alertsOpenAtEnd': 'Còn mở cuối ngày', 'report.inspections': 'Lần kiểm tra',
      'report.lowCoverageInspections': 'Kiểm tra đạt thấp', 'report.averageCoverage': 'Tỷ lệ quét TB', 'report.total': 'Cả quận',
      'time.never': 'chưa có', 'panel.failed': 'Không tải được'
    },
    en: {
      'app.title': 'Vùng Xanh — inspectors\u2019 duty board', 'app.name': 'Vùng Xanh', 'app.skip': 'Skip to the alert list',
      'app.sound': 'Sound', 'app.newAlerts': 'new alerts',
      'live.on': 'Live', 'live.off': 'Not connected', 'live.retry': 'Connection lost, retrying…',
      'signin.title': 'Sign in', 'signin.help': 'Paste an inspector\u2019s access token (bearer token).',
      'signin.token': 'Access token', 'signin.submit': 'Sign in', 'signin.out': 'Sign out',
      'signin.rejected': 'The token is invalid or has expired.', 'signin.forbidden': 'This token is not an inspector\u2019s or an admin\u2019s.',
      'scope.district': 'District', 'scope.ward': 'Ward', 'scope.admin': 'Admin: click a district on the map',
      'alerts.title': 'Alerts', 'alerts.show': 'Show', 'alerts.open': 'Open', 'alerts.empty': 'No alerts.',
      'alerts.count': 'times', 'alerts.since': 'since', 'alerts.lastSeen': 'last', 'alerts.level': 'Level',
      'alerts.allDistricts': 'All districts', 'alerts.silenced': 'Silenced', 'alerts.escalated': 'Escalated',
      'action.ack': 'Acknowledge', 'action.resolve': 'Resolve', 'action.silence': 'Silence', 'action.detail': 'Details',
      'action.confirm': 'Send', 'action.cancel': 'Cancel', 'action.note': 'Note', 'action.outcome': 'Outcome',
      'action.duration': 'Duration', 'action.failed': 'Could not do that',
      'action.silenceDone': 'Silenced', 'duration.1h': '1 hour', 'duration.4h': '4 hours', 'duration.24h': '24 hours',
      'status.FIRING': 'Firing', 'status.ACKNOWLEDGED': 'Acknowledged', 'status.RESOLVED': 'Resolved',
      'severity.CRITICAL': 'Critical', 'severity.WARNING': 'Warning', 'severity.INFO': 'Info',
      'outcome.FIXED': 'Fixed', 'outcome.WARNING_ISSUED': 'Warning issued', 'outcome.FINED': 'Fined',
      'outcome.FALSE_ALARM': 'False alarm',
      'rule.SCANNING_SILENT': 'No scans', 'rule.SCAN_RATE_DROP': 'Scan rate drop', 'rule.LOW_QR_COVERAGE': 'Low QR coverage',
      'rule.OVER_CAPACITY': 'Over capacity', 'rule.INVALID_QR_SCANS': 'Invalid QR scans', 'rule.SCANNER_OFFLINE': 'Scanner offline',
      'rule.CHECKPOINT_SILENT': 'Checkpoint silent', 'rule.HIGH_RISK_ARRIVAL': 'High-risk arrival', 'rule.FEVER_CLUSTER': 'Fever cluster',
      'level.1': 'Level 1 — green', 'level.2': 'Level 2 — yellow', 'level.3': 'Level 3 — orange', 'level.4': 'Level 4 — red',
      'detail.close': 'Close', 'detail.evidence': 'Evidence', 'detail.history': 'History', 'detail.place': 'Place',
      'detail.at': 'When', 'detail.actor': 'By', 'detail.action': 'Action', 'detail.reason': 'Reason',
      'detail.status': 'Status', 'detail.ward': 'Ward', 'detail.severity': 'Severity', 'detail.count': 'Count',
      'map.title': 'District map', 'map.help': 'Shaded by open alerts. Click a district to filter.',
      'map.none': 'No map for this province yet.', 'map.outside': 'outside your scope', 'map.open': 'open alerts',
      'charts.title': 'Today\u2019s charts', 'charts.scans': 'Scans per hour, by ward',
      'charts.rules': 'Open alerts by rule', 'charts.passages': 'Checkpoint passages and decisions per hour',
      'charts.hour': 'Hour', 'charts.empty': 'No data yet today.',
      'decision.ALLOWED': 'Let through', 'decision.TURNED_BACK': 'Turned back', 'decision.REFERRED_TO_TESTING': 'Sent to testing',
      'decision.QUARANTINED': 'Quarantined', 'decision.NONE': 'No decision recorded',
      'venues.title': 'Venue standings', 'venues.name': 'Venue', 'venues.ward': 'Ward', 'venues.type': 'Type',
      'venues.status': 'Status', 'venues.scans': 'Scans today', 'venues.lastScan': 'Last scan',
      'venues.coverage': 'Coverage', 'venues.openAlerts': 'Open alerts', 'venues.withAlerts': 'With open alerts',
      'venues.ok': 'No open alerts', 'venues.empty': 'No matching venues.', 'filter.all': 'All',
      'type.MARKET': 'Market', 'type.CONVENIENCE_STORE': 'Convenience store', 'type.SUPERMARKET': 'Supermarket',
      'type.SHOPPING_CENTER': 'Shopping centre', 'type.RESTAURANT': 'Restaurant', 'type.OFFICE': 'Office',
      'type.CLINIC': 'Clinic', 'type.SCHOOL': 'School', 'type.RELIGIOUS_SITE': 'Religious site', 'type.OTHER': 'Other',
      'report.title': 'Daily report', 'report.date': 'Date', 'report.show': 'Show', 'report.csv': 'Download CSV',
      'report.empty': 'No figures for this day.', 'report.failed': 'Could not load the report',
      'report.level': 'Level', 'report.venues': 'Venues', 'report.activeVenues': 'Active',
      'report.venuesScanning': 'Scanning', 'report.scans': 'Scans', 'report.alertsOpened': 'Alerts opened',
      'report.alertsResolved': 'Resolved', 'report.alertsOpenAtEnd': 'Open at end of day', 'report.inspections': 'Inspections',
      'report.lowCoverageInspections': 'Low coverage', 'report.averageCoverage': 'Average coverage', 'report.total': 'District',
      'time.never': 'never', 'panel.failed': 'Could not load'
    }
  };
  const KEY = 'vx.lang';
  let lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  const listeners = [];

  function t(key) {
    return (dict[lang] && dict[lang][key]) || dict.vi[key] || key;
  }

  function apply(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-label]').forEach(el => {
      el.setAttribute('aria-label', t(el.dataset.i18nLabel));
    });
  }

  function setLang(next) {
    lang = next === 'en' ? 'en' : 'vi';
    localStorage.setItem(KEY, lang);
    document.documentElement.lang = lang;
    apply();
    listeners.forEach(fn => fn(lang));
  }

  function locale() {
    return lang === 'en' ? 'en-GB' : 'vi-VN';
  }

  /** Local time of the districts, whatever the screen's own zone. */
  function time(iso, withDate) {
    if (!iso) { return t('time.never'); }
    const opts = { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' };
    if (withDate) { Object.assign(opts, { day: '2-digit', month: '2-digit', year: 'numeric' }); }
    return new Date(iso).toLocaleString(locale(), opts);
  }

  window.I18n = {
    t, apply, setLang, locale, time,
    get lang() { return lang; },
    onChange(fn) { listeners.push(fn); }
  };
})();
