package org.communitychest.awards.giving;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.communitychest.awards.giving.GivingGrant.Classification;
import org.communitychest.awards.giving.GivingGrant.Location;
import org.communitychest.base.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a 360Giving 1.4 data package as JSON: the header, then the grants one at a time as the stream gives them,
 * so memory does not grow with their number. A value that is {@code null} or empty is left out rather than written
 * as {@code null}: the standard types most of its fields as strings only. The output stays open; the stream of
 * grants is for the caller to close. The package schema wants at least one grant.
 */
public final class GivingJsonWriter {

    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    public void write(GivingPackage header, Stream<GivingGrant> grants, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            writeHeader(json, header);
            json.writeArrayPropertyStart("grants");
            for (Iterator<GivingGrant> it = grants.iterator(); it.hasNext(); ) {
                writeGrant(json, it.next());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeHeader(JsonGenerator json, GivingPackage header) {
        json.writeStringProperty("version", header.version());
        optional(json, "title", header.title());
        optional(json, "description", header.description());
        optional(json, "identifier", header.identifier());
        optional(json, "issued", header.issued());
        optional(json, "modified", header.modified());
        json.writeObjectPropertyStart("publisher");
        json.writeStringProperty("name", header.publisherName());
        optional(json, "identifier", header.publisherIdentifier());
        json.writeEndObject();
        optional(json, "downloadURL", header.downloadUrl());
    }

    private static void writeGrant(JsonGenerator json, GivingGrant grant) {
        json.writeStartObject();
        json.writeStringProperty("id", grant.identifier());
        json.writeStringProperty("title", grant.title());
        json.writeStringProperty("description", grant.description());
        json.writeStringProperty("currency", GivingValues.CURRENCY);
        optional(json, "amountAppliedFor", grant.amountAppliedFor());
        optional(json, "amountAwarded", grant.amountAwarded());
        optional(json, "amountDisbursed", grant.amountDisbursed());
        json.writeStringProperty("awardDate", grant.awardDate().toString());
        writePlannedDates(json, grant);
        json.writeArrayPropertyStart("recipientOrganization");
        json.writeStartObject();
        json.writeStringProperty("id", grant.recipientId());
        json.writeStringProperty("name", grant.recipientName());
        optional(json, "charityNumber", grant.charityNumber());
        optional(json, "companyNumber", grant.companyNumber());
        optional(json, "postalCode", grant.postalCode());
        json.writeEndObject();
        json.writeEndArray();
        writeLocations(json, grant.beneficiaryLocations());
        json.writeArrayPropertyStart("fundingOrganization");
        json.writeStartObject();
        json.writeStringProperty("id", grant.funderId());
        json.writeStringProperty("name", grant.funderName());
        json.writeEndObject();
        json.writeEndArray();
        writeProgramme(json, grant);
        json.writeStringProperty("fromOpenCall", GivingValues.yesNo(grant.fromOpenCall()));
        writeClassifications(json, grant.classifications());
        optional(json, "locationScope", grant.locationScope());
        optional(json, "dateModified", grant.dateModified());
        optional(json, "dataSource", grant.dataSource());
        json.writeEndObject();
    }

    private static void writePlannedDates(JsonGenerator json, GivingGrant grant) {
        if (grant.plannedStart() == null && grant.plannedEnd() == null && grant.durationMonths() == 0) {
            return;
        }
        json.writeArrayPropertyStart("plannedDates");
        json.writeStartObject();
        optional(json, "startDate", grant.plannedStart());
        optional(json, "endDate", grant.plannedEnd());
        if (grant.durationMonths() > 0) {
            json.writeNumberProperty("duration", grant.durationMonths());
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeLocations(JsonGenerator json, List<Location> locations) {
        if (locations.isEmpty()) {
            return;
        }
        json.writeArrayPropertyStart("beneficiaryLocation");
        for (Location location : locations) {
            json.writeStartObject();
            json.writeStringProperty("name", location.name());
            optional(json, "geoCode", location.geoCode());
            optional(json, "geoCodeType", location.geoCodeType());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeProgramme(JsonGenerator json, GivingGrant grant) {
        if (blank(grant.programmeCode()) && blank(grant.programmeTitle())) {
            return;
        }
        json.writeArrayPropertyStart("grantProgramme");
        json.writeStartObject();
        optional(json, "code", grant.programmeCode());
        optional(json, "title", grant.programmeTitle());
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeClassifications(JsonGenerator json, List<Classification> classifications) {
        if (classifications.isEmpty()) {
            return;
        }
        json.writeArrayPropertyStart("classifications");
        for (Classification classification : classifications) {
            json.writeStartObject();
            json.writeStringProperty("vocabulary", classification.vocabulary());
            json.writeStringProperty("code", classification.code());
            optional(json, "title", classification.title());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (!blank(value)) {
            json.writeStringProperty(name, value);
        }
    }

    private static void optional(JsonGenerator json, String name, LocalDate date) {
        if (date != null) {
            json.writeStringProperty(name, date.toString());
        }
    }

    private static void optional(JsonGenerator json, String name, Instant instant) {
        if (instant != null) {
            json.writeStringProperty(name, GivingValues.dateTime(instant));
        }
    }

    private static void optional(JsonGenerator json, String name, Money amount) {
        if (amount != null) {
            json.writeName(name);
            json.writeNumber(GivingValues.pounds(amount));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
