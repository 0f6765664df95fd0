package org.pilotboard.feed;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.http.Params;
import org.pilotboard.task.TaskReader;

/** An Atom feed (RFC 4287) of published status updates, for journalists and other agencies. */
@Path("/v1/feed.atom")
@Tag(name = "Feed", description = "Status updates as an Atom feed")
public class FeedResource {

    static final String ATOM = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final EntityManager em;

    public FeedResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Produces(ATOM)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            operationId = "getStatusUpdateFeed",
            summary = "The latest status updates as an Atom feed, filterable by region and factor")
    @APIResponse(
            responseCode = "200",
            description = "An Atom 1.0 feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public String feed(
            @QueryParam("region") @Parameter(description = "Region code", example = "hefei-metro") String region,
            @QueryParam("factor") @Parameter(description = "Factor code", example = "land") String factor,
            @QueryParam("limit")
                    @Parameter(
                            description = "Most entries, 1 to 200",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                    String limit,
            @Context UriInfo uri)
            throws XMLStreamException {
        String regionCode = Params.text("region", region, 64);
        String factorCode = Params.text("factor", factor, 40);
        Integer max = Params.integer("limit", limit, 1, 200);
        List<Object[]> rows = updates(regionCode, factorCode, max == null ? 50 : max);
        String base = uri.getBaseUri().resolve("/").toString().replaceAll("/$", "");

        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        element(
                xml,
                "id",
                "urn:pilotboard:feed:status-updates" + (regionCode == null ? "" : ":region:" + regionCode)
                        + (factorCode == null ? "" : ":factor:" + factorCode));
        element(
                xml,
                "title",
                "试点看板 Pilotboard: 试点任务进展 status updates" + (regionCode == null ? "" : " — " + regionCode)
                        + (factorCode == null ? "" : " — " + factorCode));
        element(xml, "updated", (rows.isEmpty() ? Instant.EPOCH : TaskReader.instant(rows.get(0)[9])).toString());
        link(xml, "self", uri.getRequestUri().toString());
        link(xml, "alternate", base + "/");
        xml.writeStartElement("author");
        element(xml, "name", "Pilotboard");
        xml.writeEndElement();
        for (Object[] r : rows) {
            String status = (String) r[4];
            xml.writeStartElement("entry");
            element(xml, "id", "urn:pilotboard:status-update:" + r[0]);
            element(xml, "title", r[3] + "：" + r[2] + " → " + status + " " + r[5] + "%");
            element(xml, "updated", TaskReader.instant(r[9]).toString());
            xml.writeStartElement("author");
            element(xml, "name", (String) r[8]);
            xml.writeEndElement();
            link(xml, "alternate", base + "/tasks/" + r[1]);
            category(xml, status);
            category(xml, (String) r[10]);
            category(xml, (String) r[11]);
            if (Boolean.TRUE.equals(r[12])) {
                category(xml, "demo");
            }
            xml.writeStartElement("content");
            xml.writeAttribute("type", "text");
            xml.writeCharacters((r[7] == null ? "" : r[7] + "\n") + "状态 status: " + r[6] + " → " + status
                    + "；进度 progress: " + r[5] + "%");
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> updates(String region, String factor, int limit) {
        Query q = em.createNativeQuery("""
                SELECT u.id, u.task_id, t.title_zh, r.name_zh, u.status, u.progress, u.previous_status, u.comment,
                       u.author, u.recorded_at, r.code, i.factor_code, u.demo
                  FROM status_update u
                  JOIN task t ON t.id = u.task_id
                  JOIN region r ON r.id = t.region_id
                  JOIN measure m ON m.code = t.measure_code
                  JOIN plan_item i ON i.number = m.item_number
                 WHERE (CAST(:region AS text) IS NULL OR r.code = :region)
                   AND (CAST(:factor AS text) IS NULL OR i.factor_code = :factor)
                 ORDER BY u.recorded_at DESC, u.id DESC
                 LIMIT :limit""");
        q.setParameter("region", region);
        q.setParameter("factor", factor);
        q.setParameter("limit", limit);
        return q.getResultList();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter xml, String term) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
    }
}
