-- Accepted check-ins (direction IN) per venue and minute of scan time, each event counted once.
CREATE TABLE venue_scan_minute (
    venue_id VARCHAR(64) NOT NULL,
    minute   DATETIME(3) NOT NULL,
    scans    INT         NOT NULL,
    PRIMARY KEY (venue_id, minute),
    KEY ix_venue_scan_minute_minute (minute)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Inspectors' spot checks: people counted at the door against check-ins recorded in the same window.
CREATE TABLE inspection (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    venue_id          VARCHAR(64)   NOT NULL,
    ward_code         VARCHAR(8)    NOT NULL,
    district_code     VARCHAR(8)    NOT NULL,
    observed_from     DATETIME(3)   NOT NULL,
    observed_to       DATETIME(3)   NOT NULL,
    people_counted    INT           NOT NULL,
    checkins_recorded INT           NOT NULL,
    coverage          DECIMAL(7, 4) NOT NULL,
    required_coverage DECIMAL(5, 4) NOT NULL,
    ward_level        INT           NOT NULL,
    alert_id          CHAR(36)      NULL,
    inspector         VARCHAR(200)  NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    KEY ix_inspection_venue (venue_id, created_at),
    KEY ix_inspection_district (district_code, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
