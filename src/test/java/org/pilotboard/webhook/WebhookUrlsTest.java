package org.pilotboard.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotboard.http.ProblemException;

/** Which URLs a webhook may call, and the signature scheme, without starting the application. */
class WebhookUrlsTest {

    @Test
    void internalAddressesAreRefusedUnlessAllowed() {
        for (String url : List.of(
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://api.localhost/x",
                "http://10.1.2.3/x",
                "http://192.168.0.5/x",
                "http://172.16.9.9/x",
                "http://169.254.169.254/latest/meta-data",
                "http://0.0.0.0/x",
                "http://100.64.0.1/x",
                "http://[::1]/x",
                "http://[fd00::1]/x",
                "http://[fe80::1]/x")) {
            ProblemException e = assertThrows(ProblemException.class, () -> WebhookUrls.check("url", url, false), url);
            assertEquals("url", e.problem().violations().get(0).field());
            assertEquals(url, WebhookUrls.check("url", url, true));
        }
        assertEquals(
                "https://hooks.example.org/p?x=1",
                WebhookUrls.check("url", " https://hooks.example.org/p?x=1 ", false));
        assertEquals("http://8.8.8.8/x", WebhookUrls.check("url", "http://8.8.8.8/x", false));
    }

    @Test
    void theSignatureIsAnHmacOfTimestampDotBody() {
        // Computed independently: printf '1767225600.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertEquals(
                "sha256=6d204545ff126a339c00513d93603299c984074ce1331c3537c3f6c976b49019",
                WebhookSignature.sign("whsec_test", 1767225600L, "{\"a\":1}"));
        assertTrue(WebhookSignature.newSecret().matches("whsec_[A-Za-z0-9_-]{43}"));
    }
}
