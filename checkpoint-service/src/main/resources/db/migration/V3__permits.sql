CREATE TABLE permit (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    subject_type   VARCHAR(16)  NOT NULL,
    subject_hash   VARCHAR(64)  NOT NULL,
    from_ward_code CHAR(5)      NOT NULL,
    to_ward_code   CHAR(5)      NOT NULL,
    valid_from     DATETIME(3)  NOT NULL,
    valid_to       DATETIME(3)  NOT NULL,
    purpose        VARCHAR(300) NOT NULL,
    revoked        BOOLEAN      NOT NULL,
    issued_at      DATETIME(3)  NOT NULL,
    INDEX permit_subject (subject_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
