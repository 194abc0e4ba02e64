-- A budget line with its item typed but not yet its cost is kept as a draft line, so a reload does not lose it;
-- submitting still needs every line to have a cost (checked by the application, not the schema).
ALTER TABLE application_budget_line MODIFY cost_pence BIGINT NULL;
