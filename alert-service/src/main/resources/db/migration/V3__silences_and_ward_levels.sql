CREATE TABLE silence (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    venue_id      VARCHAR(64)   NULL,
    ward_code     VARCHAR(8)    NULL,
    rule          VARCHAR(32)   NULL,
    district_code VARCHAR(8)    NOT NULL,
    starts_at     DATETIME(3)   NOT NULL,
    ends_at       DATETIME(3)   NOT NULL,
    comment       VARCHAR(1000) NOT NULL,
    created_by    VARCHAR(200)  NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    KEY ix_silence_district_ends (district_code, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ward_level (
    ward_code     VARCHAR(8)   NOT NULL PRIMARY KEY,
    district_code VARCHAR(8)   NOT NULL,
    level         INT          NOT NULL,
    set_by        VARCHAR(200) NOT NULL,
    updated_at    DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
