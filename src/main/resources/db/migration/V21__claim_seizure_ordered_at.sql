-- Issue 17 (defects 7 and 9): the order of seizure follows the control-measure records to the date and time of the
-- seizure order, so two seizures of the same day are ordered by their orders, not by the order the claims were filed.
-- Claims filed before keep NULL (ordered by the day, then by filing, as before).
ALTER TABLE distribution_claim ADD COLUMN seizure_ordered_at TIMESTAMP WITH TIME ZONE;
