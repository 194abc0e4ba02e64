package org.communitychest.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.communitychest.base.SystemActor;
import org.communitychest.gaps.GapImports;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.rounds.PriorityFigures;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A year of quarterly referral-gap figures for the 20 wards and 16 needs, as a social prescribing service would
 * export them: more people with loneliness, low mood and money worries, more unmet where the ward is deprived, the
 * demo round's five priorities the largest gaps, and every count from 1 to 4 suppressed as "<5".
 */
@Component
class DemoGaps {

    static final LocalDate FIRST_QUARTER = LocalDate.of(2025, 10, 1);
    private static final List<String> NEEDS = List.of("LONELINESS_ISOLATION", "MENTAL_WELLBEING",
            "FINANCE_DEBT_BENEFITS", "HOUSING", "EMPLOYMENT_SKILLS", "PHYSICAL_ACTIVITY", "HEALTHY_EATING_FOOD",
            "LONG_TERM_CONDITION", "CARERS", "PARENTING_FAMILY", "DIGITAL_INCLUSION", "VOLUNTEERING",
            "ARTS_CREATIVE", "GREEN_NATURE", "LANGUAGE_ESOL", "OTHER"); // not user text: the spec's codes
    /** People referred in a ward in a quarter, by need, before the ward's own weight. */
    private static final int[] REFERRED = {34, 30, 26, 18, 12, 14, 10, 12, 8, 9, 7, 4, 5, 5, 9, 3};
    /** The demo round's priorities: ward name and need, each the largest gap of its need. */
    private static final Map<String, String> PRIORITIES = Map.of("Bow East", "LONELINESS_ISOLATION", // not user text
            "Poplar", "LONELINESS_ISOLATION", "Whitechapel", "MENTAL_WELLBEING", // not user text: ward names
            "Lansbury", "FINANCE_DEBT_BENEFITS", "Shadwell", "PHYSICAL_ACTIVITY"); // not user text: ward names

    private final GapImports imports;
    /** The generated file, made once: the import and the demo round's figures read the same text. */
    private String csv;

    DemoGaps(GapImports imports) {
        this.imports = imports;
    }

    /** Imports the figures as the partnership's officer would; the import runs in the background. */
    void seed(long partnershipId) {
        byte[] file = csv().getBytes(StandardCharsets.UTF_8);
        SystemActor.callAs(partnershipId, () -> imports.start("demo-referral-gaps-2025-26.csv", // not user text
                new ByteArrayInputStream(file)), "OFFICER");
    }

    String csv() {
        if (csv == null) {
            csv = generate();
        }
        return csv;
    }

    private static String generate() {
        var random = new Random(2026);
        var out = new StringBuilder("period_start,period_end,area_type,area_code,need_category,referrals_received,"
                + "referrals_connected,referrals_unmet,referrals_waiting,median_wait_days,source_system\n");
        var wards = wards();
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate start = FIRST_QUARTER.plusMonths(3L * quarter);
            LocalDate end = start.plusMonths(3).minusDays(1);
            for (var ward : wards) {
                for (int n = 0; n < NEEDS.size(); n++) {
                    String need = NEEDS.get(n);
                    boolean priority = need.equals(PRIORITIES.get(ward.name()));
                    double weight = 0.6 + random.nextDouble() * 0.8 + (priority ? 0.9 : 0);
                    int received = (int) Math.round(REFERRED[n] * weight);
                    double unmetShare = (priority ? 0.42 : 0.08 + random.nextDouble() * 0.16);
                    int unmet = (int) Math.round(received * unmetShare);
                    int waiting = (int) Math.round(received * (priority ? 0.2 : random.nextDouble() * 0.1));
                    int connected = Math.max(0, received - unmet - waiting - random.nextInt(3));
                    out.append(start).append(',').append(end).append(",WARD,").append(ward.code()).append(',')
                            .append(need).append(',').append(shown(received)).append(',').append(shown(connected))
                            .append(',').append(shown(unmet)).append(',').append(shown(waiting)).append(',')
                            .append(received < 5 ? "" : String.valueOf(14 + random.nextInt(50)))
                            .append(",JOY\n"); // not user text: the source system's code
                }
            }
        }
        return out.toString();
    }

    /**
     * The latest quarter's figures for a need in a ward, as the import will store them: what the demo round's
     * officer saw when choosing its priorities.
     */
    PriorityFigures latestFigures(String wardName, String needCode) {
        var ward = wards().stream().filter(w -> w.name().equals(wardName)).findFirst().orElseThrow();
        LocalDate start = FIRST_QUARTER.plusMonths(9);
        String prefix = start + "," + start.plusMonths(3).minusDays(1) + ",WARD," + ward.code() + "," + needCode
                + ","; // not user text: a row of the file
        String[] cells = csv().lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow()
                .split(",", -1);
        return new PriorityFigures(new GapPeriod(start, start.plusMonths(3).minusDays(1)), count(cells[5]),
                count(cells[7]), count(cells[8]));
    }

    private static Integer count(String shown) {
        return shown.equals("<5") ? null : Integer.valueOf(shown); // not user text: the file's suppressed mark
    }

    /** A count as the source publishes it: 1 to 4 suppressed. */
    private static String shown(int count) {
        return count >= 1 && count <= 4 ? "<5" : String.valueOf(count);
    }

    private record Ward(String code, String name) {
    }

    private static List<Ward> wards() {
        try (var in = new ClassPathResource("demo/tower-hamlets-wards.csv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",")).filter(cells -> cells[0].equals("WARD"))
                    .map(cells -> new Ward(cells[1], cells[2])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
