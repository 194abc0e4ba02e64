-- The map of a partnership's areas (decision 0025): uploaded boundaries (GeoJSON) or a hex layout (HexJSON), kept
-- normalised as one GeoJSON FeatureCollection whose features carry the area's code and name. At most one a
-- partnership; without one the map is a hex layout made from the areas themselves, never stored.

CREATE TABLE area_map (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id    BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    geo_json          LONGTEXT      NOT NULL,
    geo_json_bytes    BIGINT        NOT NULL,
    feature_count     INT           NOT NULL,
    file_name         VARCHAR(255),
    code_property     VARCHAR(100),
    uploaded_at       DATETIME(6)   NOT NULL,
    uploaded_by       VARCHAR(320)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_area_map_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT uk_area_map_partnership UNIQUE (partnership_id)
);
