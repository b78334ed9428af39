-- Issue 17, disposal and distribution.
-- A secured or priority claim names the asset (the control measure seizing it, so also before its disposal) it is
-- secured on: it is paid first from that asset's proceeds
-- only (民法典第三百九十四条); its shortfall joins the ordinary claims. Claims filed before keep NULL (paid from the
-- proceeds as a whole, as before).
ALTER TABLE distribution_claim ADD COLUMN collateral_measure_id BIGINT;
ALTER TABLE distribution_claim ADD CONSTRAINT fk_distribution_claim_collateral
    FOREIGN KEY (collateral_measure_id) REFERENCES control_measure (id);

-- Several creditors asking to take the same asset in lieu of payment: the earlier rank takes it, equals by lot. The
-- lot is recorded so that it can be drawn again: the candidates of the best rank (claim ids, comma-separated) and the
-- seed.
ALTER TABLE asset_disposal ADD COLUMN transferee_candidates VARCHAR(500);
ALTER TABLE asset_disposal ADD COLUMN transferee_lot_seed BIGINT;
