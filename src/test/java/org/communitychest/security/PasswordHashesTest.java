package org.communitychest.security;

import org.communitychest.base.SystemActor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.communitychest.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Long passphrases have no 72-byte limit, and the bcrypt hashes of existing accounts still verify. */
class PasswordHashesTest extends IntegrationTest {

    static final String EIGHTY = "the quiet heron waits by the canal at mile end while the kettle sings, 80 chars!";
    static final String BENGALI = "আমার বাড়ি টাওয়ার হ্যামলেটসে আমি খুব ভালোবাসি";

    @Autowired
    private SignIn signIn;

    private String hashOf(String email) {
        return jdbc.queryForObject("select password_hash from app_user where email = ?", String.class, email);
    }

    @Test
    void accountsMadeWithLongPassphrasesSignIn() {
        assertThat(EIGHTY).hasSize(80);
        assertThat(BENGALI.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        for (String passphrase : new String[] {EIGHTY, BENGALI}) {
            String email = uniqueEmail("passphrase");
            SystemActor.callAsSystem(() ->
                    demoAccounts.create(email, "Pat Phrase", thtId(), Set.of(Role.OFFICER), passphrase));

            assertThat(hashOf(email)).startsWith("{argon2}");
            assertThat(signIn.signIn(email, passphrase, clientAddress).succeeded()).isTrue();
            assertThat(signIn.signIn(email, passphrase.substring(0, passphrase.length() - 1), clientAddress)
                    .succeeded()).as("every character counts, not only the first 72 bytes").isFalse();
        }
    }

    @Test
    void anExistingBcryptHashStillVerifiesAndIsReplacedByArgon2() {
        String email = uniqueEmail("old-hash");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Olga Oldhash", thtId(), Set.of(Role.OFFICER), "temporary-password-1"));
        jdbc.update("update app_user set password_hash = ? where email = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(GOOD_PASSWORD), email);

        assertThat(signIn.signIn(email, EIGHTY, clientAddress).outcome()).as("a long wrong password, no crash")
                .isEqualTo(SignInResult.Outcome.BAD_CREDENTIALS);
        assertThat(signIn.signIn(email, GOOD_PASSWORD, clientAddress).succeeded()).isTrue();
        assertThat(hashOf(email)).startsWith("{argon2}");
        assertThat(signIn.signIn(email, GOOD_PASSWORD, clientAddress).succeeded()).isTrue();
    }
}
