-- Webhook notices waiting for delivery, written in the transaction of the alert change that caused them, so that a
-- notice accepted for delivery survives a restart. Delivered (SENT) and given-up (FAILED) ones are purged later.
CREATE TABLE webhook_notice (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    receiver      VARCHAR(100)  NOT NULL,
    district_code VARCHAR(8)    NOT NULL,
    alert_id      CHAR(36)      NOT NULL,
    change_id     CHAR(36)      NOT NULL,
    entry         LONGTEXT      NOT NULL,
    state         VARCHAR(8)    NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    finished_at   DATETIME(3)   NULL,
    KEY ix_webhook_notice_group (state, receiver, district_code, id),
    KEY ix_webhook_notice_finished (finished_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per receiver and district: when it was last told, its retries, and which replica holds it (a lease).
CREATE TABLE webhook_group (
    receiver        VARCHAR(100) NOT NULL,
    district_code   VARCHAR(8)   NOT NULL,
    last_sent_at    DATETIME(3)  NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)  NULL,
    lease_until     DATETIME(3)  NULL,
    lease_owner     CHAR(36)     NULL,
    PRIMARY KEY (receiver, district_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
