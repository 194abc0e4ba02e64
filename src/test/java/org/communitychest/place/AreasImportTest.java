package org.communitychest.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.communitychest.IntegrationTest;
import org.communitychest.place.AreaImportResult.RowProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing areas through the service, all or nothing, into the administrator's own partnership. */
class AreasImportTest extends IntegrationTest {

    static final String GOOD = """
            area_type,area_code,name,parent_code,imd_decile
            BOROUGH,E09000030,Tower Hamlets,,
            WARD,E05009336,Whitechapel,E09000030,2
            NEIGHBOURHOOD,WHITECHAPEL-N,Whitechapel neighbourhood,E05009336,
            """;

    @Autowired
    Areas areas;

    private Tenant tenant;

    @BeforeEach
    void freshPartnership() {
        tenant = newPartnershipWithAdmin();
    }

    private AreaImportResult importCsv(String csv) {
        return importBytes(csv.getBytes(StandardCharsets.UTF_8));
    }

    private AreaImportResult importBytes(byte[] bytes) {
        return as(tenant.id(), () -> areas.importCsv(new ByteArrayInputStream(bytes)), "ADMIN");
    }

    private long areaCount() {
        return areas.ofPartnership(tenant.id()).size();
    }

    @Test
    void importsNewAreasWithTheirParents() {
        var result = importCsv(GOOD);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.added()).isEqualTo(3);
        assertThat(result.updated()).isZero();
        assertThat(areas.ofPartnership(tenant.id()))
                .extracting(AreaInfo::code, AreaInfo::parentCode, AreaInfo::imdDecile)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("E09000030", null, null),
                        org.assertj.core.groups.Tuple.tuple("E05009336", "E09000030", 2),
                        org.assertj.core.groups.Tuple.tuple("WHITECHAPEL-N", "E05009336", null));
        assertThat(jdbc.queryForObject("select after_value from audit_entry where action = 'AREAS_IMPORTED'"
                + " and partnership_id = ?", String.class, tenant.id())).isEqualTo("3 added, 0 updated");
    }

    @Test
    void importingAgainUpdatesKnownCodesAndMayUseExistingParents() {
        importCsv(GOOD);

        var result = importCsv("""
                area_type,area_code,name,parent_code,imd_decile
                WARD,E05009336,Whitechapel (renamed),E09000030,3
                WARD,E05009317,Bethnal Green East,E09000030,
                """);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(areas.ofPartnership(tenant.id())).hasSize(4)
                .filteredOn(a -> a.code().equals("E05009336")).singleElement()
                .satisfies(a -> {
                    assertThat(a.name()).isEqualTo("Whitechapel (renamed)");
                    assertThat(a.imdDecile()).isEqualTo(3);
                });
    }

    @Test
    void aBadRowImportsNothingAndIsReportedWithItsLine() {
        var result = importCsv("""
                area_type,area_code,name,parent_code,imd_decile
                BOROUGH,E09000030,Tower Hamlets,,
                WARD,E05009336,Whitechapel,E09000030,12
                WARD,E05009317,Bethnal Green East,E09000030,
                """);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.added()).isZero();
        assertThat(AreaProblems.inEnglish(result.problems())).containsExactly(
                "Line 3: imd_decile must be a whole number from 1 (most deprived) to 10");
        assertThat(areaCount()).isZero();
    }

    @Test
    void missingParentIsReportedWithItsLineAndImportsNothing() {
        var result = importCsv("""
                area_type,area_code,name,parent_code
                BOROUGH,E09000030,Tower Hamlets,
                WARD,E05009336,Whitechapel,E09000030
                WARD,E05009317,Bethnal Green East,E09000099
                """);

        assertThat(result.succeeded()).isFalse();
        assertThat(AreaProblems.inEnglish(result.problems())).containsExactly(
                "Line 4: parent_code E09000099 is neither in this file nor an area of the partnership");
        assertThat(areaCount()).isZero();
    }

    @Test
    void parentOfAnotherPartnershipDoesNotCount() {
        var result = importCsv("""
                area_type,area_code,name,parent_code
                WARD,E05009336,Whitechapel,E09000030
                """);
        assertThat(areas.ofPartnership(thtId())).extracting(AreaInfo::code).contains("E09000030");
        assertThat(result.problems()).extracting(RowProblem::line).containsExactly(2L);
        assertThat(areaCount()).isZero();
    }

    @Test
    void fileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "area_type,area_code,name,parent_code\nWARD,E05009336,Caf\u00e9 Ward,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        var result = importBytes(latin1);
        assertThat(AreaProblems.inEnglish(result.problems())).containsExactly(
                "Line 1: the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        assertThat(areaCount()).isZero();
    }

    @Test
    void headerWithoutAreasIsRefused() {
        var result = importCsv("area_type,area_code,name,parent_code\n");
        assertThat(AreaProblems.inEnglish(result.problems())).containsExactly(
                "Line 1: the file has a header but no areas");
    }

    @Test
    void namesWithAccentsSurviveTheRoundTrip() {
        var result = importCsv("area_type,area_code,name,parent_code\nNEIGHBOURHOOD,N1,Café Brûlée Quarter,\n");
        assertThat(result.succeeded()).isTrue();
        assertThat(areas.ofPartnership(tenant.id())).extracting(AreaInfo::name)
                .containsExactly("Café Brûlée Quarter");
    }
}
