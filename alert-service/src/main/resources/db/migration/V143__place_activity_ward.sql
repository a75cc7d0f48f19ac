-- The ward a checkpoint's passages name, so its activity is shown only to inspectors of that ward's district.
ALTER TABLE place_activity ADD COLUMN ward_code VARCHAR(8) NULL;
