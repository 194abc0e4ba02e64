package org.communitychest.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PossessiveTest {

    @Test
    void aNameEndingInSTakesAnApostropheAlone() {
        assertThat(Possessive.of("Bow Common Neighbours")).isEqualTo("Bow Common Neighbours'");
        assertThat(Possessive.of("FRIENDS OF VICTORIA PARK GARDENS")).isEqualTo("FRIENDS OF VICTORIA PARK GARDENS'");
    }

    @Test
    void anyOtherNameTakesApostropheS() {
        assertThat(Possessive.of("Poplar Women's Group")).isEqualTo("Poplar Women's Group's");
        assertThat(Possessive.of(" Mile End Men's Shed ")).isEqualTo("Mile End Men's Shed's");
    }
}
