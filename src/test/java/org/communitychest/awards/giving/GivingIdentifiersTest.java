package org.communitychest.awards.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GivingIdentifiersTest {

    @Test
    void aGrantIdentifierHasThePrefixAndTheReferenceWithoutSpacesOrSlashes() {
        assertThat(GivingIdentifiers.grant("THT", "CC-2026-001")).isEqualTo("360G-THT-CC-2026-001");
        assertThat(GivingIdentifiers.grant("THT", "CC/2026/001")).isEqualTo("360G-THT-CC-2026-001");
        assertThat(GivingIdentifiers.grant("THT", " CC 2026 001 ")).isEqualTo("360G-THT-CC_2026_001");
        assertThat(GivingIdentifiers.grant("THT", "CC/2026 14")).isEqualTo("360G-THT-CC-2026_14");
    }

    @Test
    void aGrantIdentifierNeedsAPrefixAndAReference() {
        assertThatThrownBy(() -> GivingIdentifiers.grant("THT", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reference");
        assertThatThrownBy(() -> GivingIdentifiers.grant(null, "CC-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix");
    }

    @Test
    void aRegisteredCharityIsKnownByItsCharityNumber() {
        assertThat(GivingIdentifiers.recipient("THT", "1123456", "08765432", 7)).isEqualTo("GB-CHC-1123456");
        assertThat(GivingIdentifiers.recipient("THT", " 1123 456 ", null, 7)).isEqualTo("GB-CHC-1123456");
    }

    @Test
    void aCompanyKeepsTheLeadingZerosOfItsNumber() {
        assertThat(GivingIdentifiers.recipient("THT", null, "08765432", 7)).isEqualTo("GB-COH-08765432");
        assertThat(GivingIdentifiers.recipient("THT", "", "00012345", 7)).isEqualTo("GB-COH-00012345");
        assertThat(GivingIdentifiers.recipient("THT", null, "8765432", 7)).isEqualTo("GB-COH-08765432");
        assertThat(GivingIdentifiers.recipient("THT", null, "sc123456", 7)).isEqualTo("GB-COH-SC123456");
    }

    @Test
    void anUnregisteredGroupGetsThePartnershipsOwnIdentifier() {
        assertThat(GivingIdentifiers.recipient("THT", null, null, 42)).isEqualTo("360G-THT-ORG-42");
        assertThat(GivingIdentifiers.recipient("THT", " ", "", 42)).isEqualTo("360G-THT-ORG-42");
    }
}
