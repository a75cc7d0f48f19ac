CREATE TABLE checkpoint (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    ward_code     CHAR(5)      NOT NULL,
    district_code CHAR(3)      NOT NULL,
    province_code CHAR(2)      NOT NULL,
    lat           DOUBLE       NULL,
    lon           DOUBLE       NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    INDEX checkpoint_district (district_code, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
