-- The executing court's new enforcement number of a case, e.g. （2026）粤0303执1234号 (issue 13). case_number keeps its
-- meaning (the number of the original judgment's case carried by the decision). Numbers run per court and year
-- without gaps: one counter row per court and year, advanced in the transaction that opens the case.
ALTER TABLE enforcement_case ADD COLUMN enforcement_number VARCHAR(64);
CREATE UNIQUE INDEX uq_enforcement_case_enforcement_number ON enforcement_case (enforcement_number);

CREATE TABLE enforcement_number_counter (
    court_code  VARCHAR(32) NOT NULL REFERENCES court (code),
    number_year INTEGER     NOT NULL,
    last_value  INTEGER     NOT NULL,
    PRIMARY KEY (court_code, number_year)
);
