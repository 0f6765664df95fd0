package org.pilotboard.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records for the robustness suite, created through the API: a region with tasks, a user, a token, catalogue codes. */
public final class Fixtures {

    private Fixtures() {}

    /** Creates a region of its own and answers its code. */
    public static String region(Http http, String base, String token, String code) {
        Map<String, Object> body = Map.of(
                "code",
                code,
                "nameZh",
                "稳健性测试区域 " + code,
                "nameEn",
                "Robustness region " + code,
                "type",
                "central_city",
                "provinces",
                List.of("测试省"),
                "approval",
                Map.of("docNumber", "国函〔2025〕86号", "approvedOn", "2025-09-11", "termEnd", "2027-09-10"));
        Http.Reply r = http.json("POST", base + "/api/v1/regions", token, null, body);
        if (r.status() != 201) {
            throw new IllegalStateException("region " + code + ": " + r);
        }
        return code;
    }

    /** Creates a task in the region and answers its id. */
    public static long task(Http http, String base, String token, String region, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("regionCode", region);
        body.put("measureCode", "5.2");
        body.put("milestoneCode", "2025");
        body.put("titleZh", title);
        body.put("responsibleUnit", "稳健性测试单位");
        body.put("plannedStart", "2025-10-01");
        body.put("plannedEnd", "2027-06-30");
        Http.Reply r = http.json("POST", base + "/api/v1/tasks", token, null, body);
        if (r.status() != 201) {
            throw new IllegalStateException("task in " + region + ": " + r);
        }
        return r.json().get("id").asLong();
    }

    /** Valid path values for the fuzzer, by collection: records of its own, and the shipped catalogue. */
    public static Map<String, List<String>> forFuzzer(Http http, String base, String token, String suffix) {
        String region = region(http, base, token, "fuzz-" + suffix);
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = task(http, base, token, region, "模糊测试任务 " + i);
            tasks.add(Long.toString(id));
            if (i > 0) { // with history: cannot be deleted
                http.json(
                        "POST",
                        base + "/api/v1/tasks/" + id + "/updates",
                        token,
                        null,
                        Map.of("status", "in_progress", "progress", 10, "comment", "fixture"));
            }
        }
        Http.Reply user = http.json(
                "POST",
                base + "/api/v1/users",
                token,
                null,
                Map.of(
                        "username",
                        "fuzz-official-" + suffix,
                        "displayName",
                        "模糊测试官员",
                        "password",
                        "Fuzz-Official-Pw-" + suffix + "!",
                        "role",
                        "official",
                        "regions",
                        List.of(region)));
        Http.Reply apiToken =
                http.json("POST", base + "/api/v1/tokens", token, null, Map.of("name", "fuzz token " + suffix));
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("tasks", tasks);
        f.put("regions", List.of(region, "hefei-metro"));
        f.put("users", List.of(user.json().get("id").asText()));
        f.put("tokens", List.of(apiToken.json().path("details").path("id").asText()));
        f.put("measures", codes(http.get(base + "/api/v1/measures", null).json(), "code", 6));
        f.put("factors", codes(http.get(base + "/api/v1/factors", null).json(), "code", 3));
        f.put("milestones", codes(http.get(base + "/api/v1/milestones", null).json(), "code", 4));
        f.put("items", List.of("1", "5", "12"));
        return f;
    }

    private static List<String> codes(JsonNode list, String field, int max) {
        List<String> result = new ArrayList<>();
        JsonNode items = list.isArray() ? list : list.path("items");
        for (JsonNode n : items) {
            if (result.size() < max && n.has(field)) {
                result.add(n.get(field).asText());
            }
        }
        return result;
    }
}
