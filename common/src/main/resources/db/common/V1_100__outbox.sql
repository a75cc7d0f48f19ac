-- Registry changes waiting to be published: written in the same transaction as the change,
-- deleted once Kafka has acknowledged them.
CREATE TABLE outbox (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic       VARCHAR(128) NOT NULL,
    record_key  VARCHAR(160) NOT NULL,
    payload     MEDIUMTEXT   NOT NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
