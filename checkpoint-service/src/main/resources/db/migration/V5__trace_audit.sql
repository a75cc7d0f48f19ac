-- Every tracing query: who asked, what, about whom (pseudonym only), which period, how far, how much was found.
CREATE TABLE trace_audit (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    asked_at      DATETIME(3)   NOT NULL,
    asked_by      VARCHAR(200)  NOT NULL,
    query         VARCHAR(32)   NOT NULL,
    subject_type  VARCHAR(16)   NOT NULL,
    subject_hash  VARCHAR(64)   NOT NULL,
    period_from   DATETIME(3)   NOT NULL,
    period_to     DATETIME(3)   NOT NULL,
    depth         INT           NOT NULL,
    found         BIGINT        NOT NULL,
    INDEX trace_audit_time (asked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
