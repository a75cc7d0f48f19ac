-- Alerts: one open alert per fingerprint (open_fingerprint is NULL once resolved, so history may repeat it).
CREATE TABLE alert (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    fingerprint      VARCHAR(200) NOT NULL,
    open_fingerprint VARCHAR(200) NULL,
    rule             VARCHAR(32)  NOT NULL,
    severity         VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    place_kind       VARCHAR(16)  NOT NULL,
    place_id         VARCHAR(64)  NOT NULL,
    place_name       VARCHAR(200) NULL,
    ward_code        VARCHAR(8)   NOT NULL,
    district_code    VARCHAR(8)   NOT NULL,
    starts_at        DATETIME(3)  NOT NULL,
    last_seen_at     DATETIME(3)  NOT NULL,
    signal_count     BIGINT       NOT NULL,
    evidence         LONGTEXT     NULL,
    silenced         BOOLEAN      NOT NULL DEFAULT FALSE,
    resolve_due_at   DATETIME(3)  NULL,
    escalate_due_at  DATETIME(3)  NULL,
    escalations      INT          NOT NULL DEFAULT 0,
    acknowledged_at  DATETIME(3)  NULL,
    acknowledged_by  VARCHAR(200) NULL,
    resolved_at      DATETIME(3)  NULL,
    resolved_by      VARCHAR(200) NULL,
    outcome          VARCHAR(32)  NULL,
    updated_at       DATETIME(3)  NOT NULL,
    UNIQUE KEY uq_alert_open_fingerprint (open_fingerprint),
    KEY ix_alert_district_starts (district_code, starts_at),
    KEY ix_alert_place (place_kind, place_id, status),
    KEY ix_alert_resolve_due (resolve_due_at),
    KEY ix_alert_escalate_due (escalate_due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of an alert: who, when, what, why.
CREATE TABLE alert_history (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alert_id    CHAR(36)     NOT NULL,
    at          DATETIME(3)  NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    from_status VARCHAR(16)  NULL,
    to_status   VARCHAR(16)  NOT NULL,
    reason      VARCHAR(1000) NULL,
    KEY ix_alert_history_alert (alert_id, id),
    CONSTRAINT fk_alert_history_alert FOREIGN KEY (alert_id) REFERENCES alert (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Signal ids and other non-scan ids are namespaced (e.g. "signal:<uuid>"), hence the wider key.
ALTER TABLE processed_event MODIFY event_id VARCHAR(128) NOT NULL;
