package org.pilotboard.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme: {@code X-Pilotboard-Signature: sha256=<hex>} where hex is the lower-case
 * HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes), of
 * {@code <X-Pilotboard-Timestamp> + "." + <the exact request body>}.
 */
public final class WebhookSignature {

    public static final String EVENT = "X-Pilotboard-Event";
    public static final String DELIVERY = "X-Pilotboard-Delivery";
    public static final String TIMESTAMP = "X-Pilotboard-Timestamp";
    public static final String SIGNATURE = "X-Pilotboard-Signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** The header value for a body sent at this Unix time (seconds). */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A new random secret: 32 bytes, URL-safe Base64, with a recognisable prefix. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
