-- Issue 17 (intake): the six months of 民事诉讼法第二百三十七条 count from the day the ORIGINAL court received the
-- application for enforcement, a field of its own (existing rows: the filing date, the default); the first day on
-- which more than six months had passed, and the review period's last day, as the API shows them.
ALTER TABLE xe_application ADD COLUMN original_court_received_on DATE;
UPDATE xe_application SET original_court_received_on = filed_on;
ALTER TABLE xe_application ALTER COLUMN original_court_received_on SET NOT NULL;
ALTER TABLE xe_application ADD COLUMN stall_eligible_from DATE;
ALTER TABLE xe_application ADD COLUMN review_due_on DATE;
-- The DMN's proposal, kept on the server: a decision's override is measured against it, never against variables
-- sent with the task completion.
ALTER TABLE xe_application ADD COLUMN proposed_mode VARCHAR(16);
ALTER TABLE xe_application ADD COLUMN proposed_executing_court_code VARCHAR(32);
