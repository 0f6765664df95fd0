package org.pilotboard.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pilotboard.http.ProblemException;

/**
 * Which URLs a webhook may call: absolute http or https URLs with a host, no credentials, no
 * fragment, at most 2000 characters. Unless private networks are allowed (tests, development),
 * loopback, private, link-local and similar addresses are refused: literally at registration, and
 * after name resolution at each delivery.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private WebhookUrls() {}

    /** Checks a URL given in a request body; answers it stripped. */
    static String check(String field, String url, boolean allowPrivate) {
        if (url == null || url.isBlank()) {
            throw invalid(field, "must not be blank");
        }
        String u = url.strip();
        if (u.length() > MAX_LENGTH) {
            throw invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw invalid(field, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
            throw invalid(field, "must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(field, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(field, "must not contain a user name or password; the signature authenticates the sender");
        }
        if (uri.getRawFragment() != null) {
            throw invalid(field, "must not have a fragment (#…)");
        }
        if (!allowPrivate && isInternalLiteral(uri.getHost())) {
            throw invalid(field, "must not point at a loopback, private or link-local address");
        }
        return u;
    }

    /** At delivery: whether the host resolves to an address that webhooks must not reach. */
    static boolean resolvesInternal(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(stripBrackets(host))) {
            if (isInternal(address)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInternalLiteral(String host) {
        String h = stripBrackets(host).toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!IPV4.matcher(h).matches() && !h.contains(":")) {
            return false; // a name: checked after resolution, at delivery
        }
        try {
            return isInternal(InetAddress.getByName(h)); // a literal address: no lookup
        } catch (UnknownHostException e) {
            return true;
        }
    }

    static boolean isInternal(InetAddress a) {
        if (a.isAnyLocalAddress()
                || a.isLoopbackAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0
                || first == 100 && second >= 64 && second < 128 // carrier-grade NAT 100.64/10
                || first >= 240; // reserved and broadcast
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(field, "body", message);
    }
}
