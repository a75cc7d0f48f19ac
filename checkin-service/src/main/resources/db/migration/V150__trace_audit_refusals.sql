-- Refused and failed tracing queries are audited too: the HTTP status they got; what the query asked is unknown
-- (NULL) when it was refused before it was read. Never the raw identifier.
ALTER TABLE trace_audit
    ADD COLUMN status SMALLINT NOT NULL DEFAULT 200,
    MODIFY subject_type VARCHAR(16) NULL,
    MODIFY subject_hash VARCHAR(64) NULL,
    MODIFY period_from DATETIME(3) NULL,
    MODIFY period_to DATETIME(3) NULL,
    MODIFY depth INT NULL,
    MODIFY found BIGINT NULL;
