package org.communitychest.base;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A reader of UTF-8 that refuses what is not UTF-8 (a {@link java.nio.charset.CharacterCodingException}) instead of
 * putting replacement characters in its place: for imported files, whose bad bytes must be reported, not saved.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    public static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
