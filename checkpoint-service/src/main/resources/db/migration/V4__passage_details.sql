ALTER TABLE passage ADD COLUMN ward_code CHAR(5) NULL, ADD COLUMN device_id VARCHAR(64) NULL,
    ADD COLUMN permit_status VARCHAR(16) NULL, ADD COLUMN vehicle_plate VARCHAR(16) NULL,
    ADD COLUMN symptoms VARCHAR(1400) NULL, ADD INDEX passage_received (received_at);
