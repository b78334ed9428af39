-- Issue 17, disposal and distribution (continued).

-- The debtor may object to the plan (民诉法解释第五百一十条): an objection then names no objector claim, only the
-- objector (the creditor's name for a creditor's objection).
ALTER TABLE distribution_objection ALTER COLUMN objector_claim_id DROP NOT NULL;
ALTER TABLE distribution_objection ADD COLUMN objector_name VARCHAR(200);

-- Order of seizure (民诉法解释第五百一十四条) only for a corporate debtor whose transfer to bankruptcy was refused or not
-- consented to. No bankruptcy capability exists yet: the court (or later the bankruptcy capability) records the fact
-- here, once per case (the latest record stands).
CREATE TABLE bankruptcy_transfer_outcome (
    case_id      VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES enforcement_case (id),
    outcome      VARCHAR(16)   NOT NULL,
    basis        VARCHAR(1000) NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_bankruptcy_transfer_outcome CHECK (outcome IN ('REFUSED', 'NOT_CONSENTED'))
);

-- A creditor's seizure is taken from the control-measure records of its own case on the platform, not typed in.
ALTER TABLE distribution_claim ADD COLUMN seizure_case_id VARCHAR(36);

-- The reference price methods in the law's order (确定财产处置参考价规定第二条): a later method records why each
-- earlier one was not used.
ALTER TABLE asset_disposal ADD COLUMN valuation_skipped_reasons VARCHAR(3000);
