package org.communitychest.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.base.Message;

/**
 * What an uploaded map leaves out, as warnings: areas of the kinds it draws (wards, say) that have no shape, and
 * shapes whose code is none of the partnership's areas, which are left out.
 */
final class MapCoverage {

    static final int LISTED = 10;

    private MapCoverage() {
    }

    static List<Message> warnings(List<AreaInfo> areas, Set<String> shapedCodes, Collection<String> unknownCodes,
            String unknownKey) {
        var warnings = new ArrayList<Message>();
        Set<AreaType> drawnTypes = areas.stream().filter(a -> shapedCodes.contains(a.code())).map(AreaInfo::type)
                .collect(Collectors.toSet());
        List<String> without = areas.stream()
                .filter(a -> drawnTypes.contains(a.type()) && !shapedCodes.contains(a.code()))
                .sorted(Comparator.comparing(AreaInfo::name)).map(AreaInfo::name).toList();
        if (!without.isEmpty()) {
            warnings.add(Message.of("staff.place.map.areas-without-shape", without.size(), listed(without)));
        }
        if (!unknownCodes.isEmpty()) {
            warnings.add(Message.of(unknownKey, unknownCodes.size(), listed(List.copyOf(unknownCodes))));
        }
        return warnings;
    }

    /** A code of the partnership's an administrator would recognise (a ward's first), for the messages. */
    static String exampleCode(List<AreaInfo> areas) {
        return areas.stream().min(Comparator.comparing((AreaInfo a) -> a.type() == AreaType.WARD ? 0 : 1)
                .thenComparing(AreaInfo::name)).orElseThrow().code();
    }

    /** The first ten, and how many more. */
    static Object listed(List<String> names) {
        String first = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() <= LISTED ? first
                : Message.of("staff.place.map.and-more", first, names.size() - LISTED);
    }
}
