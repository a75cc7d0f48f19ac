-- Retention deletes by age, in batches: each table needs an index on the column it is aged by.
ALTER TABLE processed_event ADD KEY ix_processed_event_at (processed_at);
ALTER TABLE place_activity ADD KEY ix_place_activity_last_scan (last_scan_at);
ALTER TABLE board_hourly_scans ADD KEY ix_board_hourly_scans_day (day);
ALTER TABLE board_hourly_passages ADD KEY ix_board_hourly_passages_day (day);
ALTER TABLE alert ADD KEY ix_alert_resolved_at (resolved_at);
