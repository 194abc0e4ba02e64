package org.communitychest.votes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys that tie a ballot to its voter only while the vote is open: an HMAC of the voter's row with the vote's own
 * secret, which is wiped when the vote closes. Codes for voting are kept only as their SHA-256.
 */
final class BallotKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L, 5/S or 2/Z: a code read off paper is typed right the first time. */
    private static final char[] CODE_LETTERS = "346789ABCDEFGHJKMNPQRTUVWXY".toCharArray(); // not user text
    static final int CODE_LENGTH = 12;

    private BallotKeys() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String ballotKey(String secret, long voterId) {
        try {
            var mac = Mac.getInstance("HmacSHA256"); // not user text: JCA algorithm
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret), "HmacSHA256")); // not user text
            return HexFormat.of().formatHex(mac.doFinal(("voter:" + voterId) // not user text: HMAC input
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-time code to vote with, as people read it: three groups of four, e.g. {@code K7QX-M3PA-9TWC}. */
    static String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
        }
        return code.toString();
    }

    /** The code as stored: without its dashes, spaces or case, hashed. */
    static String hashOfCode(String code) {
        String clean = normalise(code);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256") // not user text: JCA algorithm
                    .digest(clean.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
