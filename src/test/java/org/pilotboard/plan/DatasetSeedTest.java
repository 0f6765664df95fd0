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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shipped dataset against the seed text (copies of the two news articles that carry the
 * plan, in src/test/resources/seeds): every Chinese sentence verbatim, and every item complete.
 */
class DatasetSeedTest {

    private static JsonNode plan;
    private static JsonNode regions;
    private static String seeds;
    private static List<String> paragraphs;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
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
    }

    @Test
    void everyChineseSentenceIsInTheSeedsVerbatim() {
        int checked = 0;
        for (JsonNode item : plan.get("items")) {
            assertTrue(seeds.contains(item.get("titleZh").asText()), "item title " + item.get("number"));
            for (JsonNode m : item.get("measures")) {
                assertTrue(seeds.contains(m.get("textZh").asText()), "measure " + item.get("number") + "." + m.get("seq"));
                checked++;
            }
        }
        for (JsonNode milestone : plan.get("milestones")) {
            assertTrue(seeds.contains(milestone.get("textZh").asText()), "milestone " + milestone.get("code"));
        }
        assertTrue(seeds.contains(plan.get("document").get("preambleZh").asText()), "preamble");
        assertEquals(47, checked, "measures in the dataset");
    }

    @Test
    void eachItemsMeasuresMakeUpItsWholeParagraph() {
        for (JsonNode item : plan.get("items")) {
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
    void itemsNumberOneToTwelveInChapterOrder() {
        List<Integer> numbers = new ArrayList<>();
        plan.get("items").forEach(i -> numbers.add(i.get("number").asInt()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), numbers);
        assertEquals("land", plan.get("items").get(4).get("factor").asText());
        assertEquals("labour", plan.get("items").get(9).get("factor").asText());
    }

    @Test
    void milestonesAreTheFourTargetsOfItemFourWithTheirDueDates() {
        List<String> due = new ArrayList<>();
        plan.get("milestones").forEach(m -> due.add(m.get("code").asText() + "@" + m.get("dueOn").asText() + "=" + m.get("measure").asText()));
        assertEquals(List.of("2021@2021-12-31=4.1", "2022H1@2022-06-30=4.2", "2023@2023-12-31=4.3", "2025@2025-12-31=4.4"), due);
        JsonNode item4 = plan.get("items").get(3);
        for (int i = 0; i < 4; i++) {
            assertEquals(item4.get("measures").get(i).get("textZh").asText(), plan.get("milestones").get(i).get("textZh").asText());
        }
    }

    @Test
    void chaptersWithoutTextCarryNoInventedItems() {
        for (JsonNode factor : plan.get("factors")) {
            String code = factor.get("code").asText();
            boolean hasItems = false;
            for (JsonNode item : plan.get("items")) {
                hasItems |= item.get("factor").asText().equals(code);
            }
            assertEquals("unverified".equals(factor.get("source").asText()), !hasItems, "chapter " + code);
        }
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
                for (int j = i + 1; body.isEmpty() && j < paragraphs.size() && paragraphs.get(j).startsWith("——"); j++) {
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
