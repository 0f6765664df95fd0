package org.pilotboard.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.Params;
import org.pilotboard.plan.PlanViews.FactorView;
import org.pilotboard.plan.PlanViews.ItemView;
import org.pilotboard.plan.PlanViews.MeasureView;
import org.pilotboard.plan.PlanViews.MilestoneView;
import org.pilotboard.plan.PlanViews.PlanView;

@Path("/v1")
@Tag(name = "Plan", description = "The national plan: chapters by factor, items, measures and milestones")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService plans;
    private final WriteAccess access;
    private final AppClock clock;

    public PlanResource(PlanService plans, WriteAccess access, AppClock clock) {
        this.plans = plans;
        this.access = access;
        this.clock = clock;
    }

    @GET
    @Path("/plan")
    @Operation(operationId = "getPlan", summary = "The plan document, its sources and catalogue coverage")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    public PlanView plan() {
        return plans.plan();
    }

    @GET
    @Path("/milestones")
    @Operation(operationId = "listMilestones", summary = "The four national milestones of 工作目标, by due date")
    @APIResponse(
            responseCode = "200",
            description = "Milestones",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneView.class),
                            examples = @ExampleObject(name = "milestones", value = Examples.MILESTONES)))
    public List<MilestoneView> milestones() {
        return plans.milestones();
    }

    @PUT
    @Path("/milestones/{code}/override")
    @Operation(
            operationId = "overrideMilestoneStatus",
            summary = "Set a milestone's status by hand, with a reason (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The milestone with its override",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public MilestoneView overrideMilestone(
            @PathParam("code") @Parameter(example = "2022H1") String code,
            @NotNull @Valid PlanViews.OverrideWrite body) {
        access.checkAdmin();
        return plans.overrideMilestone(code, body, access.actor(), clock.now());
    }

    @DELETE
    @Path("/milestones/{code}/override")
    @Operation(
            operationId = "clearMilestoneOverride",
            summary = "Go back to the status derived from the milestone's tasks (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The milestone without override",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public MilestoneView clearMilestoneOverride(@PathParam("code") @Parameter(example = "2022H1") String code) {
        access.checkAdmin();
        return plans.overrideMilestone(code, null, access.actor(), clock.now());
    }

    @GET
    @Path("/factors")
    @Operation(operationId = "listFactors", summary = "The plan's chapters by factor, each with its items")
    @APIResponse(
            responseCode = "200",
            description = "Factors with items",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FactorView.class),
                            examples = @ExampleObject(name = "factors", value = Examples.FACTORS)))
    public List<FactorView> factors() {
        return plans.factors();
    }

    @PUT
    @Path("/factors/{code}")
    @Operation(operationId = "correctFactor", summary = "Correct a chapter's titles (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The corrected factor",
            content = @Content(schema = @Schema(implementation = FactorView.class)))
    public FactorView correctFactor(
            @PathParam("code") @Parameter(example = "capital") String code,
            @NotNull @Valid PlanViews.FactorWrite body) {
        access.checkAdmin();
        return plans.correctFactor(code, body);
    }

    @POST
    @Path("/items")
    @Operation(operationId = "createItem", summary = "Add a numbered item to the plan catalogue (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response createItem(@NotNull @Valid PlanViews.ItemWrite body, @Context UriInfo uri) {
        access.checkAdmin();
        ItemView item = plans.saveItem(body.number(), body, true);
        return Response.created(uri.getBaseUriBuilder().path("v1/items/{n}").build(item.number()))
                .entity(item)
                .build();
    }

    @PUT
    @Path("/items/{number}")
    @Operation(operationId = "correctItem", summary = "Correct a plan item's factor and titles (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The corrected item",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    public ItemView correctItem(
            @PathParam("number") @Parameter(example = "5") String number, @NotNull @Valid PlanViews.ItemWrite body) {
        access.checkAdmin();
        return plans.saveItem(Params.pathInteger("number", number, 1, 99), body, false);
    }

    @GET
    @Path("/measures")
    @Operation(operationId = "listMeasures", summary = "The plan's measures, filtered by factor, item or kind")
    @APIResponse(
            responseCode = "200",
            description = "Measures in plan order",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MeasureView.class),
                            examples = @ExampleObject(name = "measures", value = Examples.MEASURES)))
    public List<MeasureView> measures(
            @QueryParam("factor") @Parameter(description = "Factor code", example = "land") String factor,
            @QueryParam("item") @Parameter(description = "Item number", example = "5") String item,
            @QueryParam("kind")
                    @Parameter(description = "Measure kind", schema = @Schema(implementation = MeasureKind.class))
                    String kind) {
        return plans.measures(
                Params.text("factor", factor, 40),
                Params.integer("item", item, 1, 99),
                Params.enumValue("kind", kind, MeasureKind.class));
    }

    @GET
    @Path("/measures/{code}")
    @Operation(operationId = "getMeasure", summary = "One measure by its code")
    @APIResponse(
            responseCode = "200",
            description = "The measure",
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public MeasureView measure(@PathParam("code") @Parameter(example = "5.2") String code) {
        return plans.measure(code);
    }

    @POST
    @Path("/measures")
    @Operation(operationId = "createMeasure", summary = "Add a measure to an item (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response createMeasure(@NotNull @Valid PlanViews.MeasureWrite body, @Context UriInfo uri) {
        access.checkAdmin();
        MeasureView m = plans.createMeasure(body);
        return Response.created(uri.getBaseUriBuilder().path("v1/measures/{c}").build(m.code()))
                .entity(m)
                .build();
    }

    @PUT
    @Path("/measures/{code}")
    @Operation(operationId = "correctMeasure", summary = "Correct a measure's kind and text (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The corrected measure",
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public MeasureView correctMeasure(
            @PathParam("code") @Parameter(example = "5.2") String code, @NotNull @Valid PlanViews.MeasureWrite body) {
        access.checkAdmin();
        return plans.correctMeasure(code, body);
    }

    @DELETE
    @Path("/measures/{code}")
    @Operation(operationId = "deleteMeasure", summary = "Delete a measure no task carries out (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteMeasure(@PathParam("code") @Parameter(example = "13.1") String code) {
        access.checkAdmin();
        plans.deleteMeasure(code);
    }
}
