CREATE TABLE passage (
    event_id              CHAR(36)     NOT NULL PRIMARY KEY,
    checkpoint_id         VARCHAR(64)  NOT NULL,
    subject_type          VARCHAR(16)  NOT NULL,
    subject_hash          VARCHAR(64)  NOT NULL,
    direction             VARCHAR(8)   NOT NULL,
    scanned_at            DATETIME(3)  NOT NULL,
    received_at           DATETIME(3)  NOT NULL,
    origin_ward_code      VARCHAR(5)   NULL,
    origin_province_code  VARCHAR(2)   NULL,
    destination_ward_code VARCHAR(5)   NULL,
    temperature_c         DECIMAL(4,1) NULL,
    decision              VARCHAR(24)  NOT NULL,
    INDEX passage_checkpoint_time (checkpoint_id, scanned_at),
    INDEX passage_subject_time (subject_hash, scanned_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
