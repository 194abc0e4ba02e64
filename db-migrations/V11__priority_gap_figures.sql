-- A round's priority gap keeps the gap figures it was chosen with (src/docs/decisions/0024), so a later import
-- never changes what a published round says. All NULL for a priority chosen without figures. A count left NULL
-- beside a period was suppressed by the source (fewer than 5): never zero. unmet is unmet plus waiting with the
-- suppressed counts left out, so with unmet_lower_bound set the true figure is higher. figures_public: whether the
-- round page shows the figures (the officer's choice); the need and area are always shown.
ALTER TABLE round_priority ADD COLUMN period_start DATE NULL;
ALTER TABLE round_priority ADD COLUMN period_end DATE NULL;
ALTER TABLE round_priority ADD COLUMN received INT NULL;
ALTER TABLE round_priority ADD COLUMN unmet_referrals INT NULL;
ALTER TABLE round_priority ADD COLUMN waiting INT NULL;
ALTER TABLE round_priority ADD COLUMN unmet INT NULL;
ALTER TABLE round_priority ADD COLUMN unmet_lower_bound BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE round_priority ADD COLUMN figures_public BOOLEAN NOT NULL DEFAULT TRUE;
