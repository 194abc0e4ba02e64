package org.communitychest.place;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** TEMPORARY stand-in for branch area-maps (replaced when it is merged): a hex layout of the wards by name. */
@Service
public class AreaMaps {

    private final Areas areas;

    AreaMaps(Areas areas) {
        this.areas = areas;
    }

    public Optional<AreaMap> current(long partnershipId) {
        var wards = areas.ofPartnership(partnershipId).stream().filter(a -> a.type() == AreaType.WARD)
                .sorted(Comparator.comparing(AreaInfo::name)).toList();
        if (wards.isEmpty()) {
            return Optional.empty();
        }
        int perRow = (int) Math.ceil(Math.sqrt(wards.size() * 1.3));
        var features = new StringBuilder();
        for (int i = 0; i < wards.size(); i++) {
            int row = i / perRow;
            int col = i % perRow;
            double cx = col + (row % 2) * 0.5;
            double cy = -row * Math.sqrt(3) / 2;
            var corners = new StringBuilder();
            for (int k = 0; k <= 6; k++) {
                double angle = Math.toRadians(30 + 60 * (k % 6));
                corners.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.4f,%.4f]", // not user text
                        cx + 0.577 * Math.cos(angle), cy + 0.577 * Math.sin(angle)));
            }
            var ward = wards.get(i);
            features.append(i == 0 ? "" : ",").append("""
                    {"type":"Feature","properties":{"code":"%s","name":"%s"},\
                    "geometry":{"type":"Polygon","coordinates":[[%s]]}}""".formatted(ward.code(),
                    ward.name().replace("\\", "\\\\").replace("\"", "\\\""), corners));
        }
        return Optional.of(new AreaMap(AreaMap.Kind.HEXES,
                "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}", null, null)); // not user text
    }
}
