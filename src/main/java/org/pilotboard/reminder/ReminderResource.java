package org.pilotboard.reminder;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.account.Caller;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.Params;
import org.pilotboard.reminder.ReminderViews.ReminderCount;
import org.pilotboard.reminder.ReminderViews.ReminderPage;
import org.pilotboard.reminder.ReminderViews.ReminderRun;
import org.pilotboard.reminder.ReminderViews.ReminderView;

@Path("/v1/reminders")
@Tag(
        name = "Reminders",
        description =
                "Reminders of stale, due-soon and overdue tasks, for their regions' officials (docs/reminders.md)")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    private final ReminderInbox inbox;
    private final ReminderService reminders;
    private final Caller caller;
    private final WriteAccess access;

    public ReminderResource(ReminderInbox inbox, ReminderService reminders, Caller caller, WriteAccess access) {
        this.inbox = inbox;
        this.reminders = reminders;
        this.caller = caller;
        this.access = access;
    }

    @GET
    @Operation(
            operationId = "listReminders",
            summary = "The caller's inbox, newest first",
            description = "Reminders of the regions the caller is official of (every region for an admin).")
    @APIResponse(
            responseCode = "200",
            description = "A page of reminders",
            content = @Content(schema = @Schema(implementation = ReminderPage.class)))
    public PageResult<ReminderView> list(
            @QueryParam("unread") @Parameter(description = "Only those not yet read", example = "true") String unread,
            @QueryParam("page")
                    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    String page,
            @QueryParam("size")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    String size) {
        access.requireSignedIn();
        boolean unreadOnly = Boolean.TRUE.equals(Params.bool("unread", unread));
        Integer p = Params.integer("page", page, 0, 1_000_000);
        Integer s = Params.integer("size", size, 1, 200);
        return inbox.list(caller.account(), unreadOnly, p == null ? 0 : p, s == null ? 50 : s);
    }

    @GET
    @Path("/count")
    @Operation(operationId = "countUnreadReminders", summary = "How many reminders in the caller's inbox are unread")
    @APIResponse(
            responseCode = "200",
            description = "The count",
            content = @Content(schema = @Schema(implementation = ReminderCount.class)))
    public ReminderCount count() {
        access.requireSignedIn();
        return new ReminderCount(inbox.unread(caller.account()));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markReminderRead", summary = "Mark one reminder of the caller's inbox read")
    @APIResponse(responseCode = "204", description = "Marked (also when it was already)")
    public void markRead(
            @PathParam("id") @Parameter(example = "12", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String id) {
        access.requireSignedIn();
        inbox.markRead(caller.account(), Params.id("id", id));
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllRemindersRead", summary = "Mark every reminder of the caller's inbox read")
    @APIResponse(responseCode = "204", description = "Marked")
    public void markAllRead() {
        access.requireSignedIn();
        inbox.markAllRead(caller.account());
    }

    @POST
    @Path("/run")
    @Operation(
            operationId = "runReminders",
            summary = "Run the daily reminder job now (admin)",
            description = "Creates today's new reminders and sends the e-mails owed, as the daily job does."
                    + " Reminders already made are not made again.")
    @APIResponse(
            responseCode = "200",
            description = "What the run did",
            content = @Content(schema = @Schema(implementation = ReminderRun.class)))
    public ReminderRun run() {
        access.checkAdmin();
        ReminderService.RunResult result = reminders.run();
        return new ReminderRun(result.day(), result.created(), result.emailsSent());
    }
}
