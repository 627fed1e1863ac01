package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The cleaner at the edges of what it keeps: the first and last character of each kept range and
 * their neighbours, characters that cannot be part of a title, the cut to {@link Cleaner#MAX_LENGTH}
 * and to the input read, nested notes and {@code #} after a letter.
 */
class CleanerEdgesTest {

    @Test
    void hanIdeographsOfTheBasicBlockAndExtensionAAreKeptAndTheirNeighboursAreNot() {
        for (char c : new char[] {'\u3400', '\u4dbf', '\u4e00', '\u9fff'}) {
            assertTrue(Cleaner.isHan(c), Integer.toHexString(c));
            assertTrue(Cleaner.isKept(c));
        }
        for (char c : new char[] {'\u33ff', '\u4dc0', '\u4dff', '\ua000'}) {
            assertFalse(Cleaner.isHan(c), Integer.toHexString(c));
            assertFalse(Cleaner.isKept(c));
        }
    }

    @Test
    void lowerCaseLettersAndDigitsAreKeptAndTheCharactersBesideThemAreNot() {
        for (char c : new char[] {'a', 'z', '0', '9'}) {
            assertTrue(Cleaner.isKept(c), String.valueOf(c));
        }
        for (char c : new char[] {'`', '{', '/', ':'}) {
            assertFalse(Cleaner.isKept(c), String.valueOf(c));
        }
        assertEquals("java开发", Cleaner.clean("JAVA开发"), "upper case folded to lower");
        assertEquals("a 工程师", Cleaner.clean("`a{工程师"), "the characters beside the kept ranges separate words");
    }

    @Test
    void charactersThatCannotBeInATitleSeparateWords() {
        assertEquals("测试 工程师", Cleaner.clean("测试\uD83D\uDE00工程师"), "a pair outside the ideographs");
        assertEquals("测试 工程师", Cleaner.clean("测试\uD800工程师"), "a lone high surrogate");
        assertEquals("测试 工程师", Cleaner.clean("测试\uDC00工程师"), "a lone low surrogate");
        assertEquals("测试 工程师", Cleaner.clean("测试\u0007工程师"), "a control character");
        assertEquals("测试 工程师", Cleaner.clean("测试\uFFFD工程师"), "a replacement character");
        assertEquals("工程师", Cleaner.clean("工程师\uD800"), "a lone surrogate at the end");
    }

    @Test
    void aLongTitleIsCutToTheLongestCleanedTitleAndTheInputReadIsBounded() {
        String longest = "工".repeat(Cleaner.MAX_LENGTH);
        assertEquals(longest, Cleaner.clean(longest));
        assertEquals(longest, Cleaner.clean(longest + "程"));
        assertEquals(Cleaner.MAX_LENGTH - 1, Cleaner.clean("a".repeat(Cleaner.MAX_LENGTH - 1) + " " + "b".repeat(10)).length(),
                "cut after the space, which is then stripped");
        String beyond = "工".repeat(Cleaner.MAX_INPUT) + "程序员";
        assertEquals(longest, Cleaner.clean(beyond));
    }

    @Test
    void nestedNotesUpToFourDeepAreRemovedAndHashIsKeptOnlyAfterALetter() {
        assertEquals("会计", Cleaner.clean("会计（一（二（三（四））））"));
        assertEquals("c# 开发", Cleaner.clean("C# 开发"));
        assertEquals("开发", Cleaner.clean("#开发"));
    }
}
