-- Every change of a district's threshold overrides: the whole set after the change (JSON), who made it and when. The
-- latest row of a district is its current set. Written by the request that made the change and again from the
-- compacted topic (same id: once), so that a change made by any replica is in the history.
CREATE TABLE threshold_change (
    id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    district_code VARCHAR(8)   NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    set_by        VARCHAR(200) NOT NULL,
    overrides     LONGTEXT     NOT NULL,
    KEY ix_threshold_change_district (district_code, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
