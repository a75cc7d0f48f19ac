CREATE TABLE checkin (
    event_id      CHAR(36)     NOT NULL PRIMARY KEY,
    venue_id      VARCHAR(64)  NOT NULL,
    subject_type  VARCHAR(16)  NOT NULL,
    subject_hash  VARCHAR(64)  NOT NULL,
    direction     VARCHAR(8)   NOT NULL,
    scanned_at    DATETIME(3)  NOT NULL,
    received_at   DATETIME(3)  NOT NULL,
    temperature_c DECIMAL(4,1) NULL,
    INDEX checkin_venue_time (venue_id, scanned_at),
    INDEX checkin_subject_time (subject_hash, scanned_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
