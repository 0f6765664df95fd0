package org.pilotboard.plan;

/** Chinese numerals for item numbers 1-99, as the plan writes them: 五, 十, 十二, 二十一. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("item numbers run from 1 to 99: " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 1) {
            s.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS.charAt(ones));
        }
        return s.toString();
    }
}
