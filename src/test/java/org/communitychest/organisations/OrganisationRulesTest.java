package org.communitychest.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitychest.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    private static OrganisationForm form(LegalForm legalForm, String charity, String company, String postcode,
            String web) {
        return new OrganisationForm("Shadwell Sewing Circle", legalForm, charity, company, "12 Cable Street", null,
                "London", postcode, IncomeBand.UNDER_10K, web);
    }

    @Test
    void postcodesAreTidiedToUpperCaseWithOneSpace() {
        assertThat(OrganisationRules.postcode("e1 6an")).isEqualTo("E1 6AN");
        assertThat(OrganisationRules.postcode(" e16an ")).isEqualTo("E1 6AN");
        assertThat(OrganisationRules.postcode("sw1a   1aa")).isEqualTo("SW1A 1AA");
        assertThat(OrganisationRules.postcode("gir0aa")).isEqualTo("GIR 0AA");
    }

    @Test
    void realPostcodesPassAndOthersAreRefused() {
        for (String good : new String[] {"E1 6AN", "E14 2BG", "SW1A 1AA", "W1A 0AX", "EC1A 1BB", "M1 1AE",
                "B33 8TH", "CR2 6XH", "DN55 1PT", "GIR 0AA"}) {
            assertThat(OrganisationRules.check(form(LegalForm.CONSTITUTED_GROUP, null, null, good, null)).postcode())
                    .as(good).isEqualTo(good);
        }
        for (String bad : new String[] {"E1 6", "12345", "E1 6ANN", "QQ1 1AA", "E1 6CI", "London"}) {
            assertThatThrownBy(() -> OrganisationRules.check(form(LegalForm.CONSTITUTED_GROUP, null, null, bad, null)))
                    .as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("postcode"));
        }
    }

    @Test
    void charityNumbersOfEachUkRegisterPassAndKeepTheirLeadingZeros() {
        assertThat(OrganisationRules.check(form(LegalForm.CHARITY, "1123456", null, "E1 6AN", null)).charityNumber())
                .isEqualTo("1123456");
        assertThat(OrganisationRules.check(form(LegalForm.CHARITY, "sc 012345", null, "E1 6AN", null))
                .charityNumber()).isEqualTo("SC012345");
        assertThat(OrganisationRules.check(form(LegalForm.CIO, "NIC100012", null, "E1 6AN", null)).charityNumber())
                .isEqualTo("NIC100012");
        assertThat(OrganisationRules.check(form(LegalForm.CIO, "012345", null, "E1 6AN", null)).charityNumber())
                .isEqualTo("012345");
        for (String bad : new String[] {"12345", "123456789", "SC12345", "NI123456", "12A4567"}) {
            assertThatThrownBy(() -> OrganisationRules.check(form(LegalForm.CHARITY, bad, null, "E1 6AN", null)))
                    .as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("charityNumber"));
        }
    }

    @Test
    void companyNumbersArePaddedToEightCharacters() {
        assertThat(OrganisationRules.companyNumber("123456")).isEqualTo("00123456");
        assertThat(OrganisationRules.companyNumber("1234567")).isEqualTo("01234567");
        assertThat(OrganisationRules.companyNumber("01234567")).isEqualTo("01234567");
        assertThat(OrganisationRules.companyNumber("sc 123456")).isEqualTo("SC123456");
        assertThat(OrganisationRules.check(form(LegalForm.CIC, null, "SC123456", "E1 6AN", null)).companyNumber())
                .isEqualTo("SC123456");
        for (String bad : new String[] {"12345", "123456789", "S1234567", "SC12345", "ABC12345"}) {
            assertThatThrownBy(() -> OrganisationRules.check(form(LegalForm.CIC, null, bad, "E1 6AN", null)))
                    .as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("companyNumber"));
        }
    }

    @Test
    void numbersThatDoNotApplyToTheLegalFormAreNotKept() {
        var details = OrganisationRules.check(form(LegalForm.UNCONSTITUTED_GROUP, "1123456", "01234567", "E1 6AN",
                null));
        assertThat(details.charityNumber()).isNull();
        assertThat(details.companyNumber()).isNull();
        var charitableCompany = OrganisationRules.check(form(LegalForm.COMPANY_LIMITED_BY_GUARANTEE, "1123456",
                "01234567", "E1 6AN", null));
        assertThat(charitableCompany.charityNumber()).isEqualTo("1123456");
        assertThat(charitableCompany.companyNumber()).isEqualTo("01234567");
    }

    @Test
    void webAddressesWithoutSchemeGetHttpsAndOthersAreRefused() {
        assertThat(OrganisationRules.check(form(LegalForm.CONSTITUTED_GROUP, null, null, "E1 6AN", "example.org"))
                .webAddress()).isEqualTo("https://example.org");
        assertThat(OrganisationRules.check(form(LegalForm.CONSTITUTED_GROUP, null, null, "E1 6AN",
                "http://www.facebook.com/groups/shadwell-sewing")).webAddress())
                .isEqualTo("http://www.facebook.com/groups/shadwell-sewing");
        assertThat(OrganisationRules.check(form(LegalForm.CONSTITUTED_GROUP, null, null, "E1 6AN", "  ")).webAddress())
                .isNull();
        for (String bad : new String[] {"ftp://example.org", "not a website", "https://localhost", "javascript:alert(1)",
                "https://user:pw@example.org"}) {
            assertThatThrownBy(() -> OrganisationRules.check(form(LegalForm.CONSTITUTED_GROUP, null, null, "E1 6AN",
                    bad))).as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("webAddress"));
        }
    }

    @Test
    void anEmptyFormGetsAMessageForEveryRequiredField() {
        assertThatThrownBy(() -> OrganisationRules.check(new OrganisationForm(" ", null, null, null, "", null, "", "",
                null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "legalForm", "addressLine1", "town",
                                "postcode", "incomeBand"));
    }
}
