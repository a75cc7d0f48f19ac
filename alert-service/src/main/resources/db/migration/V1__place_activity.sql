CREATE TABLE place_activity (
    place_kind   VARCHAR(16)  NOT NULL,
    place_id     VARCHAR(64)  NOT NULL,
    last_scan_at DATETIME(3)  NOT NULL,
    scan_count   BIGINT       NOT NULL,
    PRIMARY KEY (place_kind, place_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE processed_event (
    event_id     CHAR(36)    NOT NULL PRIMARY KEY,
    processed_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
