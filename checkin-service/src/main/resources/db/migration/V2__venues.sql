CREATE TABLE venue (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    type              VARCHAR(32)   NOT NULL,
    ward_code         CHAR(5)       NOT NULL,
    district_code     CHAR(3)       NOT NULL,
    province_code     CHAR(2)       NOT NULL,
    address           VARCHAR(300)  NULL,
    capacity          INT           NOT NULL,
    opening_hours     TEXT          NOT NULL,
    active            BOOLEAN       NOT NULL,
    version           BIGINT        NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    poster_id         CHAR(36)      NOT NULL,
    poster_issued_at  DATETIME(3)   NOT NULL,
    poster_expires_at DATETIME(3)   NOT NULL,
    INDEX venue_district (district_code, ward_code, type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE checkin ADD COLUMN ward_code CHAR(5) NULL, ADD COLUMN device_id VARCHAR(64) NULL,
    ADD INDEX checkin_received (received_at);
