-- Inspectors' board: hourly counts for its charts, by local day and hour (Asia/Ho_Chi_Minh) of the scan.

CREATE TABLE board_hourly_scans (
    district_code VARCHAR(8)  NOT NULL,
    ward_code     VARCHAR(8)  NOT NULL,
    day           DATE        NOT NULL,
    hour          TINYINT     NOT NULL,
    accepted      BIGINT      NOT NULL DEFAULT 0,
    rejected      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (district_code, day, ward_code, hour)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE board_hourly_passages (
    district_code VARCHAR(8)  NOT NULL,
    ward_code     VARCHAR(8)  NOT NULL,
    day           DATE        NOT NULL,
    hour          TINYINT     NOT NULL,
    decision      VARCHAR(32) NOT NULL,
    passages      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (district_code, day, ward_code, hour, decision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Event ids already counted by the board's consumers: a redelivered or retried scan is counted once.
CREATE TABLE board_counted_event (
    event_id   CHAR(36)    NOT NULL PRIMARY KEY,
    counted_at DATETIME(3) NOT NULL,
    KEY board_counted_event_at (counted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
