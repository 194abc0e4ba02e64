-- A gap figure's area and need are checked against the reference tables when its file is imported, and neither
-- table loses rows; the two foreign keys each kept an index that every one of a million inserted figures had to
-- update (decision record 0028). MariaDB keeps a foreign key's index when the key is dropped; H2 drops it with it.
ALTER TABLE gap_figure DROP CONSTRAINT fk_gap_figure_area;
ALTER TABLE gap_figure DROP CONSTRAINT fk_gap_figure_need;
DROP INDEX IF EXISTS fk_gap_figure_area ON gap_figure;
DROP INDEX IF EXISTS fk_gap_figure_need ON gap_figure;
