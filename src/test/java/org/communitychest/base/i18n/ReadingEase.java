package org.communitychest.base.i18n;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.whelk.hy.phen.Hyphenator;
import java.util.ArrayList;
import java.util.List;

/**
 * Flesch reading ease of English text: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Sentences
 * and words are ICU's (as a reader's eye splits them), syllables the parts Liang's hyphenation patterns split a word
 * into, which is how textstat counts them. Above 60 is plain English; above 70 easy for most adults.
 */
record ReadingEase(int sentences, int words, int syllables) {

    static ReadingEase of(String text) {
        int sentences = sentencesOf(text).size();
        int words = 0;
        int syllables = 0;
        for (String word : wordsOf(text)) {
            words++;
            syllables += syllablesOf(word);
        }
        return new ReadingEase(sentences, words, syllables);
    }

    static List<String> sentencesOf(String text) {
        return split(BreakIterator.getSentenceInstance(ULocale.UK), text, false);
    }

    static List<String> wordsOf(String text) {
        return split(BreakIterator.getWordInstance(ULocale.UK), text, true);
    }

    static int syllablesOf(String word) {
        String letters = word.toLowerCase(ULocale.UK.toLocale()).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return 1; // a figure such as 2026 or £500 is read as one word of a syllable or two; count one
        }
        return Math.max(1, Hyphenator.hyphen(letters).syllables().size());
    }

    ReadingEase plus(ReadingEase other) {
        return new ReadingEase(sentences + other.sentences, words + other.words, syllables + other.syllables);
    }

    double score() {
        if (sentences == 0 || words == 0) {
            return 100;
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    private static List<String> split(BreakIterator breaks, String text, boolean wordsOnly) {
        breaks.setText(text);
        var parts = new ArrayList<String>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            boolean word = breaks.getRuleStatus() != BreakIterator.WORD_NONE;
            String part = text.substring(start, end).strip();
            if (!part.isEmpty() && (!wordsOnly || word)) {
                parts.add(part);
            }
        }
        return parts;
    }
}
