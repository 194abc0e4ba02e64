package org.communitychest.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.communitychest.base.Language;
import org.communitychest.base.TranslationCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The Bengali web font is used for every Indic character the Bengali bundles hold: its {@code unicode-range} in
 * the stylesheet covers them (the full stop "।" lives in the Devanagari block, outside the Bengali one, and showed
 * as an empty box on a browser without a Bengali font of its own), and the font has a glyph for each.
 */
class BengaliWebFontTest {

    private static final Path STYLESHEET = Path.of("frontend", "styles", "community-chest.css");
    private static final Path FONT = Path.of("src", "main", "resources", "fonts", "noto",
            "NotoSansBengali-Regular.ttf");
    private static final Pattern RANGE = Pattern.compile("U\\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?");

    @Test
    void theBengaliFontsRangeAndGlyphsCoverEveryIndicCharacterOfTheBengaliBundles() throws Exception {
        String css = Files.readString(STYLESHEET);
        String face = css.substring(css.indexOf("font-family: \"Chest Bengali\""));
        int start = face.indexOf("unicode-range:");
        String range = face.substring(start, face.indexOf(';', start));
        List<int[]> ranges = new ArrayList<>();
        var m = RANGE.matcher(range);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1), 16);
            ranges.add(new int[] {from, m.group(2) == null ? from : Integer.parseInt(m.group(2), 16)});
        }
        var font = Font.createFont(Font.TRUETYPE_FONT, new File(FONT.toString()));

        var indic = new TreeSet<Integer>();
        TranslationCatalogue.load().files(Language.BENGALI).values().forEach(texts -> texts.values().forEach(
                text -> text.codePoints().filter(c -> c >= 0x0900 && c <= 0x09FF).forEach(indic::add)));
        assertThat(indic).as("the Bengali bundles hold Bengali").isNotEmpty().contains(0x0964);

        var notInRange = indic.stream().filter(c -> ranges.stream().noneMatch(r -> c >= r[0] && c <= r[1]))
                .map(c -> String.format("U+%04X %s", c, Character.toString(c))).toList();
        var noGlyph = indic.stream().filter(c -> !font.canDisplay(c))
                .map(c -> String.format("U+%04X", c)).toList();
        assertThat(notInRange).as("characters the web font's unicode-range leaves to the system fonts").isEmpty();
        assertThat(noGlyph).as("characters Noto Sans Bengali has no glyph for").isEmpty();
    }
}
