package org.communitychest.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.communitychest.base.Language;
import org.communitychest.base.TranslationCatalogue;
import org.communitychest.base.Translations;
import org.junit.jupiter.api.Test;

/**
 * Plain English for applicants, residents and panellists: the Flesch reading ease of every English text they read
 * (every key not for staff only), bundle by bundle, with the hardest sentences, printed in the build output and
 * kept in {@code target/plain-english.txt}. Fails when the whole, or a bundle long enough to judge, falls below plain
 * English (60). {@code -Dplain.hardest=N} lists more sentences.
 */
class PlainEnglishTest {

    static final double PLAIN_ENGLISH = 60;
    /** A label of two or three words scores anything: the sentence list looks at sentences only. */
    private static final int SENTENCE_WORDS = 6;
    private static final int HARDEST = Integer.getInteger("plain.hardest", 10);
    /** Flesch reading ease is meant for passages: a bundle of a few labels is reported, not judged. */
    private static final int PASSAGE_WORDS = 100;

    private record Sentence(String key, String text, ReadingEase ease) {
    }

    @Test
    void applicantFacingEnglishIsPlainEnglish() throws IOException {
        var perBundle = new TreeMap<String, ReadingEase>();
        var sentences = new ArrayList<Sentence>();
        TranslationCatalogue.load().files(Language.ENGLISH).forEach((bundle, texts) -> texts.forEach((key, text) -> {
            if (key.startsWith(Translations.STAFF_PREFIX)) {
                return;
            }
            String plain = plainText(text);
            perBundle.merge(bundle, ReadingEase.of(plain), ReadingEase::plus);
            for (String sentence : ReadingEase.sentencesOf(plain)) {
                var ease = ReadingEase.of(sentence);
                if (ease.words() >= SENTENCE_WORDS) {
                    sentences.add(new Sentence(key, sentence, ease));
                }
            }
        }));
        var whole = perBundle.values().stream().reduce(new ReadingEase(0, 0, 0), ReadingEase::plus);
        sentences.sort(Comparator.comparingDouble(s -> s.ease().score()));
        List<Sentence> hardest = sentences.subList(0, Math.min(HARDEST, sentences.size()));

        String report = report(perBundle, whole, hardest);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "plain-english.txt"), report);

        assertThat(whole.score()).as("Flesch reading ease of the applicant-facing English").isGreaterThanOrEqualTo(
                PLAIN_ENGLISH);
        assertThat(perBundle).as("bundles below plain English").allSatisfy((bundle, ease) -> {
            if (ease.words() >= PASSAGE_WORDS) {
                assertThat(ease.score()).as(bundle).isGreaterThanOrEqualTo(PLAIN_ENGLISH);
            }
        });
    }

    private static String report(Map<String, ReadingEase> perBundle, ReadingEase whole, List<Sentence> hardest) {
        var out = new StringBuilder("Plain English: Flesch reading ease of what applicants and residents read"
                + " (60+ plain, 70+ easy)\n");
        perBundle.forEach((bundle, ease) -> out.append(line(bundle, ease)));
        out.append(line("all", whole)).append("Hardest sentences:\n");
        hardest.forEach(s -> out.append(String.format(Locale.UK, "  %6.1f  %s: %s%n", s.ease().score(), s.key(),
                s.text())));
        return out.toString();
    }

    private static String line(String name, ReadingEase ease) {
        return String.format(Locale.UK, "  %-8s %6.1f  (%d sentences, %d words)%n", name, ease.score(),
                ease.sentences(), ease.words());
    }

    /**
     * The message as a reader sees it: a name or figure where a value is filled in, the "other" form of a plural
     * or choice.
     */
    static String plainText(String message) {
        var pattern = new MessagePattern(message);
        return plain(pattern, 0);
    }

    private static String plain(MessagePattern pattern, int start) {
        var out = new StringBuilder();
        int from = pattern.getPart(start).getLimit();
        for (int i = start + 1; i < pattern.countParts(); i++) {
            var part = pattern.getPart(i);
            out.append(pattern.getPatternString(), from, part.getIndex());
            switch (part.getType()) {
                case MSG_LIMIT -> {
                    return out.toString();
                }
                case REPLACE_NUMBER -> out.append('3');
                case ARG_START -> {
                    int limit = pattern.getLimitPartIndex(i);
                    out.append(part.getArgType().hasPluralStyle() || part.getArgType()
                            == MessagePattern.ArgType.SELECT ? plain(pattern, otherBranch(pattern, i, limit)) : "Lee");
                    i = limit;
                    part = pattern.getPart(limit);
                }
                default -> {
                }
            }
            from = part.getLimit();
        }
        return out.append(pattern.getPatternString().substring(from)).toString();
    }

    private static int otherBranch(MessagePattern pattern, int argStart, int argLimit) {
        for (int i = argStart; i < argLimit; i++) {
            var part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR && pattern.partSubstringMatches(part,
                    "other")) {
                int message = i + 1;
                while (pattern.getPart(message).getType() != MessagePattern.Part.Type.MSG_START) {
                    message++;
                }
                return message;
            }
        }
        throw new IllegalArgumentException("no other form in " + pattern.getPatternString());
    }
}
