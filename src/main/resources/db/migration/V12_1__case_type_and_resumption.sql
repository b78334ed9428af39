-- Issue 17 (enforcement): the case type decides the execution limit (6 months for a litigation case, 3 for a
-- non-litigation case); the day a 终本 case was last resumed starts its three months before another 终本 again.
ALTER TABLE enforcement_case ADD COLUMN case_type VARCHAR(16) DEFAULT 'LITIGATION' NOT NULL;
ALTER TABLE enforcement_case ADD COLUMN resumed_on DATE;
ALTER TABLE enforcement_case ADD CONSTRAINT ck_enforcement_case_type CHECK (case_type IN ('LITIGATION', 'NON_LITIGATION'));
