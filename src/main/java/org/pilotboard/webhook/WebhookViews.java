package org.pilotboard.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the webhook endpoints send and receive. A webhook's secret leaves only once, at creation. */
public final class WebhookViews {

    private WebhookViews() {}

    static final String EVENTS =
            "task.created, status_update.posted, milestone.status_changed, task.stale, task.due_soon, task.overdue";

    @Schema(name = "Webhook", description = "A registered webhook (never with its secret)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookView(
            @Schema(example = "3") long id,

            @Schema(example = "https://sync.example.gov.cn/pilotboard/hook")
            String url,

            @Schema(description = "Subscribed event types: " + EVENTS)
            List<String> events,

            @Schema(example = "省统计局同步") String description,

            @Schema(description = "An inactive webhook gets no new events; its pending deliveries wait")
            boolean active,

            @Schema(description = "Username of the admin who registered it", example = "admin")
            String createdBy,

            @Schema(description = "Version for If-Match; also the ETag", example = "0")
            int version,

            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Deliveries by outcome") DeliveryCounts deliveries) {

        static WebhookView of(Webhook w, DeliveryCounts counts) {
            return new WebhookView(
                    w.id,
                    w.url,
                    List.copyOf(w.events),
                    w.description,
                    w.active,
                    w.createdBy,
                    w.version,
                    w.createdAt,
                    w.updatedAt,
                    counts);
        }
    }

    @Schema(name = "WebhookDeliveryCounts")
    public record DeliveryCounts(long pending, long delivered, long failed) {
        static final DeliveryCounts NONE = new DeliveryCounts(0, 0, 0);
    }

    @Schema(name = "WebhookCreate", description = "A webhook to register. Without a secret the server generates one.")
    public record WebhookCreate(
            @NotBlank
            @Size(max = WebhookUrls.MAX_LENGTH)
            @Schema(
                    description = "Absolute http or https URL that receives POSTs",
                    example = "https://sync.example.gov.cn/pilotboard/hook")
            String url,

            @NotNull @Size(min = 1, max = 10) @Schema(description = "Event types: " + EVENTS)
            List<@NotBlank @Size(max = 60) String> events,

            @Size(max = 200) @Schema(example = "省统计局同步") String description,

            @Size(min = 16, max = 200)
            @Schema(description = "The signing secret, if you choose it (16 to 200 characters); generated when absent")
            String secret,

            @Schema(description = "Defaults to true") Boolean active) {}

    @Schema(
            name = "WebhookChange",
            description = "Fields to change; absent fields stay. An empty description clears it.")
    public record WebhookChange(
            @Size(min = 1, max = WebhookUrls.MAX_LENGTH) String url,

            @Size(min = 1, max = 10) @Schema(description = "Event types: " + EVENTS)
            List<@NotBlank @Size(max = 60) String> events,

            @Size(max = 200) String description,

            @Size(min = 16, max = 200) @Schema(description = "A new signing secret (16 to 200 characters)")
            String secret,

            Boolean active) {}

    @Schema(
            name = "WebhookCreated",
            description = "The new webhook and its signing secret: copy the secret now, it is not shown again")
    public record WebhookCreated(
            @Schema(example = "whsec_q9Jc…") String secret, WebhookView webhook) {}

    @Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to one webhook, with its outcome")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryView(
            @Schema(description = "Sent as X-Pilotboard-Delivery; receivers deduplicate by it", example = "1207")
            long id,

            long webhookId,
            @Schema(example = "status_update.posted") String event,

            @Schema(description = "The event; the same for every webhook that receives it")
            UUID eventId,

            @Schema(description = "pending, delivered or failed (given up)", example = "delivered")
            String status,

            @Schema(description = "Attempts since it was queued", example = "2")
            int attempts,

            @Schema(description = "Being sent right now") boolean inFlight,

            @Schema(description = "When a pending delivery is tried next")
            Instant nextAttemptAt,

            Instant lastAttemptAt,

            @Schema(description = "HTTP status of the last answer", example = "500")
            Integer lastStatusCode,

            @Schema(description = "Why the last attempt failed", example = "HTTP 500")
            String lastError,

            Instant createdAt,
            Instant deliveredAt,

            @Schema(type = SchemaType.OBJECT, description = "The JSON body sent")
            Map<String, Object> payload) {

        static DeliveryView of(WebhookDelivery d, Instant now) {
            boolean pending = WebhookDelivery.PENDING.equals(d.status);
            boolean inFlight = pending && d.claimToken != null && d.nextAttemptAt.isAfter(now);
            return new DeliveryView(
                    d.id,
                    d.webhookId,
                    d.eventType,
                    d.eventId,
                    d.status,
                    d.attempts,
                    inFlight,
                    pending ? d.nextAttemptAt : null,
                    d.lastAttemptAt,
                    d.lastStatusCode,
                    d.lastError,
                    d.createdAt,
                    d.deliveredAt,
                    d.payload);
        }
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(List<DeliveryView> items, int page, int size, long totalItems, int totalPages) {}
}
