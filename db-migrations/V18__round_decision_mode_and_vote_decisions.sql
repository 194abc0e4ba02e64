-- How a round decides its funded list moves from its vote to the round itself (issue 11): the panels module reads it
-- to refuse a panel's own list when residents vote, and a round decided by a vote alone goes from closed to decided.
ALTER TABLE funding_round ADD COLUMN decision_mode VARCHAR(20) NOT NULL DEFAULT 'PANEL';
UPDATE funding_round SET decision_mode = (SELECT v.decision_mode FROM vote v WHERE v.round_id = funding_round.id)
    WHERE id IN (SELECT round_id FROM vote);
ALTER TABLE vote DROP COLUMN decision_mode;

-- One decision record for every round, whichever way it was decided: a vote's list has no panel, and says in its
-- own words who approved it.
ALTER TABLE panel_decision ADD COLUMN round_id BIGINT NULL;
UPDATE panel_decision SET round_id = (SELECT p.round_id FROM panel p WHERE p.id = panel_decision.panel_id);
ALTER TABLE panel_decision MODIFY COLUMN round_id BIGINT NOT NULL;
ALTER TABLE panel_decision MODIFY COLUMN panel_id BIGINT NULL;
ALTER TABLE panel_decision ADD COLUMN approved_by VARCHAR(1000) NULL;
ALTER TABLE panel_decision ADD CONSTRAINT fk_decision_round FOREIGN KEY (round_id) REFERENCES funding_round (id);
ALTER TABLE panel_decision ADD CONSTRAINT uk_decision_round UNIQUE (round_id);
