package org.pilotboard.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A webhook receiver for tests: records every request and answers the queued status codes, then 200. */
final class Receiver implements AutoCloseable {

    record Hit(String event, String delivery, String timestamp, String signature, String body, Instant at) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
    private volatile int otherwise = 200;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            hits.add(new Hit(
                    h.getFirst(WebhookSignature.EVENT),
                    h.getFirst(WebhookSignature.DELIVERY),
                    h.getFirst(WebhookSignature.TIMESTAMP),
                    h.getFirst(WebhookSignature.SIGNATURE),
                    body,
                    Instant.now()));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status != null ? status : otherwise, -1);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers these status codes to the next requests, in order. */
    Receiver answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Answers this status once the queued ones are used up. */
    Receiver otherwise(int status) {
        otherwise = status;
        return this;
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    List<Hit> hits(String event) {
        return hits.stream().filter(h -> event.equals(h.event())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
