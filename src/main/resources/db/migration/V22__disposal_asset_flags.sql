-- Issue 10 (each table has one owner): the disposal capability's flags on a seized asset — perishable goods, and the
-- bankruptcy screening's core-asset hold — were columns of enforcement's control_measure. They move to a table the
-- disposal capability owns, keyed by the measure (a flag may be set before the asset's disposal exists); the
-- disposal keeps the asset's key itself, so that disposal no longer reads control_measure.
CREATE TABLE disposal_asset_flag (
    measure_id      BIGINT       PRIMARY KEY,
    perishable      BOOLEAN      DEFAULT FALSE NOT NULL,
    core_asset_hold VARCHAR(12),
    CONSTRAINT fk_disposal_asset_flag_measure FOREIGN KEY (measure_id) REFERENCES control_measure (id),
    CONSTRAINT ck_disposal_asset_flag_hold
        CHECK (core_asset_hold IS NULL OR core_asset_hold IN ('HELD', 'RELEASED', 'RETAINED'))
);
INSERT INTO disposal_asset_flag (measure_id, perishable, core_asset_hold)
    SELECT id, perishable, core_asset_hold FROM control_measure WHERE perishable OR core_asset_hold IS NOT NULL;
ALTER TABLE control_measure DROP CONSTRAINT ck_control_measure_core_hold;
ALTER TABLE control_measure DROP COLUMN perishable;
ALTER TABLE control_measure DROP COLUMN core_asset_hold;

ALTER TABLE asset_disposal ADD COLUMN asset_key VARCHAR(200);
UPDATE asset_disposal SET asset_key = (SELECT m.asset_key FROM control_measure m WHERE m.id = asset_disposal.measure_id);
