-- A check-in ends with the visitor's check-out scan, or after the venue type's dwell time.
ALTER TABLE checkin ADD COLUMN check_out_at DATETIME(3) NULL, ADD COLUMN closed_by VARCHAR(8) NULL,
    ADD INDEX checkin_open (direction, check_out_at, scanned_at);
