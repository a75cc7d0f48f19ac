-- Scanner devices of venues and checkpoints; a revoked device's token stops working.
CREATE TABLE device (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    place_kind    VARCHAR(16)  NOT NULL,
    place_id      VARCHAR(64)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    registered_at DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    INDEX device_place (place_kind, place_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
