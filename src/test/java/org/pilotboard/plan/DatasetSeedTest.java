package org.pilotboard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shipped dataset against copies of its sources in src/test/resources: the two seed
 * articles (seeds/, chapters 一-三) and the two full-text reprints (sources/, the whole plan). Every
 * chapter heading, item heading and measure verbatim, and every item's measures making up exactly its
 * paragraph.
 */
class DatasetSeedTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static JsonNode plan;
    private static JsonNode regions;
    private static String seeds;
    private static List<String> paragraphs;
    /** The full-text reprints (新浪财经, 2022-01-06), as stored and as their text files, one paragraph a line. */
    private static String rawA;

    private static String rawB;
    private static List<String> fullTextA;
    private static List<String> chaptersFourToTenB;

    @BeforeAll
    static void read() throws IOException {
        plan = json.readTree(resource("dataset/plan.json"));
        regions = json.readTree(resource("dataset/regions.json"));
        seeds = text("seeds/002_bb073862d974fbb5.txt") + "\n" + text("seeds/000_6c7e55f38a331076.txt");
        paragraphs = new ArrayList<>();
        Matcher p = Pattern.compile("<p[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(seeds);
        while (p.find()) {
            paragraphs.add(p.group(1).replaceAll("<[^>]+>", "").strip());
        }
        // Seed 000 has no <p> tags: its plan text is one indented paragraph.
        for (String line : text("seeds/000_6c7e55f38a331076.txt").split("\n")) {
            paragraphs.add(line.replace("\u3000", "").strip());
        }
        rawA = text("sources/sina_20220106_A_hajeekn_4a77df3_raw.txt");
        rawB = text("sources/sina_20220106_B_tianli0_8fc52e9_raw.txt");
        fullTextA = text("sources/sina_20220106_A_hajeekn_text.txt").lines().toList();
        chaptersFourToTenB =
                text("sources/sina_20220106_B_tianli0_ch4-10_text.txt").lines().toList();
    }

    @Test
    void everyChineseSentenceIsInTheSeedsVerbatim() {
        int checked = 0;
        for (JsonNode item : plan.get("items")) {
            if (!"seed".equals(item.get("source").asText())) {
                continue; // the items found later are checked against the full-text reprints below
            }
            assertTrue(seeds.contains(item.get("titleZh").asText()), "item title " + item.get("number"));
            for (JsonNode m : item.get("measures")) {
                assertTrue(
                        seeds.contains(m.get("textZh").asText()), "measure " + item.get("number") + "." + m.get("seq"));
                checked++;
            }
        }
        for (JsonNode milestone : plan.get("milestones")) {
            assertTrue(seeds.contains(milestone.get("textZh").asText()), "milestone " + milestone.get("code"));
        }
        assertTrue(seeds.contains(plan.get("document").get("preambleZh").asText()), "preamble");
        assertEquals(47, checked, "measures of the items cut from the seeds (一 to 十二)");
    }

    @Test
    void theReprintsTextFilesAreTheParagraphsOfTheStoredPages() {
        assertEquals(paragraphsOf(rawA), fullTextA, "source A's text is its page's paragraphs, unchanged");
        List<String> rawParagraphsB = paragraphsOf(rawB);
        int from = rawParagraphsB.indexOf(chaptersFourToTenB.get(0));
        assertTrue(from > 0, "source B's chapter 四 heading is one of its page's paragraphs");
        assertEquals(
                rawParagraphsB.subList(from, from + chaptersFourToTenB.size()),
                chaptersFourToTenB,
                "source B's chapters 四-十 are its page's paragraphs, unchanged");
        assertEquals(
                paragraphsOf(rawA)
                        .subList(
                                paragraphsOf(rawA).indexOf(chaptersFourToTenB.get(0)),
                                paragraphsOf(rawA).indexOf(chaptersFourToTenB.get(0)) + chaptersFourToTenB.size()),
                chaptersFourToTenB,
                "the two reprints agree on chapters 四-十");
    }

    @Test
    void everyChapterHeadingIsALineOfTheFullTextReprints() {
        for (JsonNode factor : plan.get("factors")) {
            String heading = factor.get("numeralZh").asText() + "、"
                    + factor.get("titleZh").asText();
            assertTrue(fullTextA.contains(heading), "chapter heading in source A: " + heading);
            if (factor.get("number").asInt() >= 4) {
                assertTrue(chaptersFourToTenB.contains(heading), "chapter heading in source B: " + heading);
            }
        }
    }

    @Test
    void everyItemIsItsWholeParagraphOfTheFullTextReprints() {
        int measures = 0;
        for (JsonNode item : plan.get("items")) {
            int number = item.get("number").asInt();
            String heading = "（" + item.get("numeralZh").asText() + "）"
                    + item.get("titleZh").asText() + "。";
            StringBuilder joined = new StringBuilder();
            for (JsonNode m : item.get("measures")) {
                String text = m.get("textZh").asText();
                assertTrue(
                        fullTextA.stream().anyMatch(line -> line.contains(text)),
                        "measure " + number + "." + m.get("seq") + " verbatim in source A");
                joined.append(text);
                measures++;
            }
            assertEquals(bodyAfter(fullTextA, heading), joined.toString(), "item " + number + " in source A");
            if (number >= 13) {
                assertEquals(
                        bodyAfter(chaptersFourToTenB, heading), joined.toString(), "item " + number + " in source B");
                assertEquals("found", item.get("source").asText(), "item " + number + " source");
            }
        }
        assertEquals(122, measures, "measures in the dataset");
    }

    @Test
    void eachItemSaysWhereItsTextComesFromAndWhoConfirmsIt() {
        for (JsonNode item : plan.get("items")) {
            JsonNode provenance = item.get("provenance");
            String where = "item " + item.get("number");
            assertNotNull(provenance, where);
            boolean seed = "seed".equals(item.get("source").asText());
            assertEquals(seed, !provenance.get("seedFiles").isEmpty(), where + " names its seed files");
            assertEquals(!seed, !provenance.get("foundIn").isEmpty(), where + " names the sources it was found in");
            assertTrue(
                    List.of("verbatim", "fragments", "none")
                            .contains(provenance.get("secondPublisher").asText()),
                    where);
        }
        // Items 十一 and 十二 rest on seed 000 and the mirrors, all 新浪财经: one publisher.
        assertEquals("none", item(11).get("provenance").get("secondPublisher").asText());
        // Item 十 is in both seeds, 观察者网 and 新浪财经.
        assertEquals(
                "verbatim", item(10).get("provenance").get("secondPublisher").asText());
        // panewslab quotes parts of item 十三 word for word.
        assertEquals(
                "fragments", item(13).get("provenance").get("secondPublisher").asText());
        assertEquals("none", item(32).get("provenance").get("secondPublisher").asText());
    }

    @Test
    void regionsCarryTheirLocalDocumentsAsFound() {
        JsonNode zhengzhou = region("zhengzhou").get("localDocuments").get(0);
        assertEquals("豫政〔2025〕28号", zhengzhou.get("docNumber").asText());
        assertEquals(70, zhengzhou.get("measuresReported").asInt());
        assertTrue(zhengzhou.get("conflict").asText().contains("21"), "the conflicting count is kept, not resolved");
        assertTrue(zhengzhou.get("issuedOn").isNull(), "no date was found, none is invented");
        assertEquals(
                "湘政办发〔2025〕53号",
                region("changsha-zhuzhou-xiangtan")
                        .get("localDocuments")
                        .get(0)
                        .get("docNumber")
                        .asText());
        assertEquals(
                "渝府发〔2025〕16号",
                region("chongqing")
                        .get("localDocuments")
                        .get(0)
                        .get("docNumber")
                        .asText());
        assertEquals(
                List.of("南京市", "无锡市", "常州市", "苏州市", "镇江市"),
                json.convertValue(region("sunan").get("cities"), List.class));
        for (JsonNode r : regions.get("regions")) {
            for (JsonNode d : r.get("localDocuments")) {
                assertFalse(d.get("sources").isEmpty(), "every local document names its sources: " + r.get("code"));
                d.get("sources")
                        .forEach(src -> assertTrue(
                                src.get("url").asText().startsWith("http"),
                                r.get("code").asText()));
            }
        }
    }

    @Test
    void eachItemsMeasuresMakeUpItsWholeParagraphOfTheSeeds() {
        for (JsonNode item : plan.get("items")) {
            if (!"seed".equals(item.get("source").asText())) {
                continue;
            }
            int number = item.get("number").asInt();
            String title = item.get("titleZh").asText();
            StringBuilder joined = new StringBuilder();
            item.get("measures").forEach(m -> joined.append(m.get("textZh").asText()));
            String body = itemBody(number, item.get("numeralZh").asText(), title);
            assertNotNull(body, "item " + number + " found in the seeds");
            assertEquals(body, joined.toString(), "item " + number + " measures cover its text exactly");
        }
    }

    @Test
    void itemsNumberOneToThirtyTwoInChapterOrder() {
        List<Integer> numbers = new ArrayList<>();
        plan.get("items").forEach(i -> numbers.add(i.get("number").asInt()));
        assertEquals(IntStream.rangeClosed(1, 32).boxed().toList(), numbers);
        assertEquals("land", plan.get("items").get(4).get("factor").asText());
        assertEquals("labour", plan.get("items").get(9).get("factor").asText());
        assertEquals("capital", plan.get("items").get(12).get("factor").asText());
        assertEquals("organisation", plan.get("items").get(31).get("factor").asText());
        for (JsonNode item : plan.get("items")) {
            assertEquals(
                    ChineseNumerals.of(item.get("number").asInt()),
                    item.get("numeralZh").asText(),
                    "numeral of item " + item.get("number"));
        }
    }

    @Test
    void milestonesAreTheFourTargetsOfItemFourWithTheirDueDates() {
        List<String> due = new ArrayList<>();
        plan.get("milestones")
                .forEach(m -> due.add(m.get("code").asText() + "@"
                        + m.get("dueOn").asText() + "=" + m.get("measure").asText()));
        assertEquals(
                List.of("2021@2021-12-31=4.1", "2022H1@2022-06-30=4.2", "2023@2023-12-31=4.3", "2025@2025-12-31=4.4"),
                due);
        JsonNode item4 = plan.get("items").get(3);
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    item4.get("measures").get(i).get("textZh").asText(),
                    plan.get("milestones").get(i).get("textZh").asText());
        }
    }

    @Test
    void everyChapterHasItemsAndNoneIsUnverified() {
        List<String> codes = new ArrayList<>();
        for (JsonNode factor : plan.get("factors")) {
            String code = factor.get("code").asText();
            codes.add(code);
            boolean hasItems = false;
            for (JsonNode item : plan.get("items")) {
                hasItems |= item.get("factor").asText().equals(code);
            }
            assertTrue(hasItems, "chapter " + code + " has items");
            assertTrue(List.of("seed", "found").contains(factor.get("source").asText()), "chapter " + code + " source");
        }
        assertEquals(
                List.of(
                        "general",
                        "land",
                        "labour",
                        "capital",
                        "technology",
                        "data",
                        "resources_environment",
                        "market_governance",
                        "coordination",
                        "organisation"),
                codes);
    }

    @Test
    void tenRegionsApprovedTogetherForTwoYears() {
        JsonNode list = regions.get("regions");
        assertEquals(10, list.size());
        for (JsonNode r : list) {
            assertEquals("国函〔2025〕86号", r.get("approval").get("docNumber").asText());
            assertEquals("2025-09-11", r.get("approval").get("approvedOn").asText());
            assertEquals("2027-09-10", r.get("approval").get("termEnd").asText());
            assertFalse(r.get("notes").asText().isBlank(), "uncertainty carried as a note: " + r.get("code"));
        }
    }

    /** The text of item N after its heading: "（N）title。body" in seed 002, or "title。body" run together in seed 000. */
    private static String itemBody(int number, String numeral, String title) {
        String numbered = "（" + numeral + "）" + title + "。";
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(numbered)) {
                StringBuilder body = new StringBuilder(paragraphs.get(i).substring(numbered.length()));
                // Item 二 lists its principles in the paragraphs after the heading, each opening with "——".
                for (int j = i + 1;
                        body.isEmpty()
                                && j < paragraphs.size()
                                && paragraphs.get(j).startsWith("——");
                        j++) {
                    body.append(paragraphs.get(j));
                    while (j + 1 < paragraphs.size() && paragraphs.get(j + 1).startsWith("——")) {
                        body.append(paragraphs.get(++j));
                    }
                }
                return body.toString();
            }
        }
        // Seed 000 runs items 十一 and 十二 together after 十: cut between this title and the next one.
        for (String p : paragraphs) {
            int at = p.indexOf(title + "。");
            if (at >= 0 && !p.startsWith("《方案》")) {
                String rest = p.substring(at + title.length() + 1);
                String next = nextTitle(number);
                int end = next == null ? -1 : rest.indexOf(next + "。");
                return end >= 0 ? rest.substring(0, end) : rest;
            }
        }
        return null;
    }

    private static String nextTitle(int number) {
        for (JsonNode item : plan.get("items")) {
            if (item.get("number").asInt() == number + 1) {
                return item.get("titleZh").asText();
            }
        }
        return null;
    }

    /** The text after an item's heading: on the heading's line, or (item 二) the "——" lines after it. */
    private static String bodyAfter(List<String> lines, String heading) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(heading)) {
                StringBuilder body = new StringBuilder(lines.get(i).substring(heading.length()));
                for (int j = i + 1; body.isEmpty() && j < lines.size(); j++) {
                    while (j < lines.size() && lines.get(j).startsWith("——")) {
                        body.append(lines.get(j++));
                    }
                }
                return body.toString();
            }
        }
        return null;
    }

    private static List<String> paragraphsOf(String raw) {
        List<String> found = new ArrayList<>();
        Matcher p = Pattern.compile("<p>\u3000\u3000(.*?)</p>").matcher(raw);
        while (p.find()) {
            found.add(p.group(1));
        }
        return found;
    }

    private static JsonNode item(int number) {
        return plan.get("items").get(number - 1);
    }

    private static JsonNode region(String code) {
        for (JsonNode r : regions.get("regions")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no region " + code);
    }

    private static InputStream resource(String name) {
        InputStream in = DatasetSeedTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, name);
        return in;
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
