package org.pilotboard.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.config.PilotboardConfig;

class ClientAddressTest {

    /** An implementation of an interface answering only the named methods (others must not be called). */
    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("getHeader")) {
                return answers.get("header:" + args[0]);
            }
            if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answers.get(method.getName());
        });
    }

    static ClientAddress trusting(String... proxies) {
        return new ClientAddress(stub(PilotboardConfig.class, Map.of("trustedProxies", List.of(proxies))));
    }

    static HttpServerRequest from(String peer, String forwardedFor, String forwardedProto, boolean ssl) {
        java.util.HashMap<String, Object> answers = new java.util.HashMap<>();
        answers.put("remoteAddress", SocketAddress.inetSocketAddress(40000, peer));
        answers.put("header:X-Forwarded-For", forwardedFor);
        answers.put("header:X-Forwarded-Proto", forwardedProto);
        answers.put("isSSL", ssl);
        return stub(HttpServerRequest.class, answers);
    }

    @Test
    void aTrustedProxysLastForwardedAddressIsTheClient() {
        ClientAddress address = trusting("10.0.0.1");
        assertEquals(
                "203.0.113.9",
                address.of(from("10.0.0.1", "198.51.100.1, 203.0.113.9", null, false)),
                "the hop the proxy appended, not what the client claimed before it");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals("192.0.2.7", trusting("10.0.0.1").of(from("192.0.2.7", "203.0.113.9", null, false)));
    }

    @Test
    void noOrUnreadableForwardingLeavesThePeer() {
        ClientAddress address = trusting("10.0.0.1");
        assertEquals("10.0.0.1", address.of(from("10.0.0.1", null, null, false)));
        assertEquals("10.0.0.1", address.of(from("10.0.0.1", "unknown", null, false)));
        assertEquals("10.0.0.1", address.of(from("10.0.0.1", "evil.example.org", null, false)), "never a DNS name");
    }

    @Test
    void ipv6IsCanonical() {
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.literal("::1"));
        assertEquals("2001:db8:0:0:0:0:0:1", trusting("::1").of(from("::1", "2001:db8::1", null, false)));
        assertNull(ClientAddress.literal("1.2.3"));
    }

    @Test
    void httpsByTheConnectionOrByTheTrustedProxy() {
        ClientAddress address = trusting("10.0.0.1");
        assertTrue(address.secure(from("192.0.2.7", null, null, true)));
        assertTrue(address.secure(from("10.0.0.1", null, "http, https", false)));
        assertFalse(address.secure(from("192.0.2.7", null, "https", false)), "an untrusted peer cannot claim https");
        assertFalse(address.secure(from("10.0.0.1", null, "https, http", false)));
    }

    @Test
    void aTrustedProxyMustBeAnAddress() {
        assertThrows(IllegalArgumentException.class, () -> trusting("proxy.example.org"));
    }
}
