-- Issue 17 (enforcement): the waiting list follows the order of seizure, the date and time of the seizure order, and a
-- promoted waiting measure records the moment it began to hold the asset. Measures recorded before this change keep
-- their recording order (their order time is taken to be the time they were recorded); a row written without it (a
-- direct insert) is ordered by the time it was written.
ALTER TABLE control_measure ADD COLUMN ordered_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE control_measure ADD COLUMN effective_at TIMESTAMP WITH TIME ZONE;
UPDATE control_measure SET ordered_at = created_at;
UPDATE control_measure SET effective_at = created_at WHERE effective_from IS NOT NULL;
ALTER TABLE control_measure ALTER COLUMN ordered_at SET NOT NULL;
CREATE INDEX ix_control_measure_order ON control_measure (asset_key, status, ordered_at, queue_rank);
