package org.pilotboard.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.pilotboard.config.PilotboardConfig;

/**
 * The client's address for login throttling and the audit trail. Behind a reverse proxy every
 * request comes from the proxy, so when the peer is a trusted proxy (PILOTBOARD_TRUSTED_PROXIES,
 * by default this machine) the address the proxy appended last to X-Forwarded-For is used. Anything
 * that is not an IP literal there is ignored, and nobody else can set it.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final Set<String> trusted = new HashSet<>();

    public ClientAddress(PilotboardConfig config) {
        for (String proxy : config.trustedProxies()) {
            String literal = literal(proxy.strip());
            if (literal == null) {
                throw new IllegalArgumentException(
                        "pilotboard.trusted-proxies takes IP addresses; '" + proxy + "' is not one");
            }
            trusted.add(literal);
        }
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null
                ? null
                : literal(request.remoteAddress().hostAddress());
        if (peer == null || !trusted.contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",", -1);
        String client = literal(hops[hops.length - 1].strip());
        return client != null ? client : peer;
    }

    /** Whether the client reached us over HTTPS: directly, or by the trusted proxy's X-Forwarded-Proto (its last value). */
    public boolean secure(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        String peer = request.remoteAddress() == null
                ? null
                : literal(request.remoteAddress().hostAddress());
        String proto = request.getHeader("X-Forwarded-Proto");
        if (peer == null || !trusted.contains(peer) || proto == null) {
            return false;
        }
        String[] hops = proto.split(",", -1);
        return "https".equalsIgnoreCase(hops[hops.length - 1].strip());
    }

    /** The address in canonical form, or null when the text is not an IP literal (never a DNS look-up). */
    static String literal(String text) {
        if (text == null
                || !(IPV4.matcher(text).matches()
                        || text.contains(":") && IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
