-- The venue registry as published on the compacted venues topic.
CREATE TABLE venue (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    type          VARCHAR(32)  NOT NULL,
    ward_code     VARCHAR(8)   NOT NULL,
    district_code VARCHAR(8)   NOT NULL,
    capacity      INT          NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    KEY ix_venue_district (district_code, ward_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
