package org.communitychest.applications;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.communitychest.base.London;
import org.communitychest.base.PdfStyle;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** The whole application as a PDF: attached to the receipt, and stitched into officers' packs. */
@Component
class ApplicationPdf {

    byte[] render(ApplicationDetails application) {
        return render(List.of(application));
    }

    /** One or more applications, each starting on a new page. */
    byte[] render(List<ApplicationDetails> applications) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(applications.size() == 1 ? "Application " + label(applications.getFirst())
                : "Applications pack");
        document.addCreator("Community Chest");
        document.open();
        if (applications.isEmpty()) {
            document.add(PdfStyle.title("No submitted applications"));
        }
        boolean first = true;
        for (var application : applications) {
            if (!first) {
                document.newPage();
            }
            first = false;
            write(document, application);
        }
        document.close();
        return out.toByteArray();
    }

    private static String agreed(boolean agreed) {
        return agreed ? "Agreed: " : "Not agreed: ";
    }

    private static String label(ApplicationDetails a) {
        return a.reference() == null ? "draft" : a.reference();
    }

    private static void write(Document document, ApplicationDetails a) {
        var round = a.round();
        document.add(PdfStyle.small(round.partnershipName() + " · " + round.title()));
        document.add(PdfStyle.title(a.displayTitle()));
        document.add(PdfStyle.text("Reference: " + (a.reference() == null ? "not yet submitted" : a.reference())
                + "    Status: " + a.status().label()
                + (a.submittedAt() == null ? "" : "    Submitted: " + London.format(a.submittedAt()))));
        document.add(PdfStyle.text("Applicant: " + a.organisationName() + "    Form: "
                + (a.formType() == FormType.SHORT ? "short form" : "full form") + "    Asking for: "
                + a.amountRequested()));

        var group = a.organisation();
        document.add(PdfStyle.heading("The group"));
        document.add(PdfStyle.answer("Name and kind", group.name() + ", " + group.legalForm().label()));
        if (group.charityNumber() != null) {
            document.add(PdfStyle.answer("Charity number", group.charityNumber()));
        }
        if (group.companyNumber() != null) {
            document.add(PdfStyle.answer("Company number", group.companyNumber()));
        }
        document.add(PdfStyle.answer("Address", group.addressText()));
        document.add(PdfStyle.answer("Annual income", group.incomeBand() == null ? null : group.incomeBand().label()));
        if (group.webAddress() != null) {
            document.add(PdfStyle.answer("Website", group.webAddress()));
        }
        document.add(PdfStyle.answer("Members", group.members().stream().map(m -> m.displayName() + " ("
                + m.email() + ")").collect(Collectors.joining(", "))));

        document.add(PdfStyle.heading("About the project"));
        document.add(PdfStyle.answer("Project title", a.projectTitle()));
        document.add(PdfStyle.answer("Summary", a.summary()));
        if (a.formType() == FormType.SHORT || a.summaryMediaUrl() != null) {
            document.add(PdfStyle.answer("Video or audio summary", a.summaryMediaUrl()));
        }
        if (a.formType() == FormType.FULL) {
            document.add(PdfStyle.answer("Why the project is needed", a.needStatement()));
        }

        document.add(PdfStyle.heading("Who it helps"));
        document.add(PdfStyle.answer("Needs", a.needs().stream().map(NeedCategoryInfo::label)
                .collect(Collectors.joining(", "))));
        document.add(PdfStyle.answer("Areas", a.areas().stream().map(AreaInfo::name)
                .collect(Collectors.joining(", "))));
        document.add(PdfStyle.answer("People it can take from social prescribers",
                a.referralCapacity() == null ? null : String.valueOf(a.referralCapacity())));
        if (a.formType() == FormType.FULL) {
            document.add(PdfStyle.answer("Who will take part", a.beneficiaries()));
            document.add(PdfStyle.heading("Activities and timeline"));
            document.add(PdfStyle.answer("Activities", a.activities()));
            document.add(PdfStyle.answer("Dates", a.startDate() == null ? null
                    : London.format(a.startDate()) + " to " + London.format(a.endDate())));
        }

        document.add(PdfStyle.heading("Budget"));
        var table = PdfStyle.table(new float[] {5, 2, 3}, "Item", "Cost", "Paid by");
        for (var line : a.budget()) {
            PdfStyle.cell(table, line.item(), false);
            PdfStyle.cell(table, line.costText(), true);
            PdfStyle.cell(table, line.paidByGrant() ? "This grant" : line.otherFunder(), false);
        }
        PdfStyle.cell(table, "Amount requested from this round", false);
        PdfStyle.cell(table, a.amountRequested().toString(), true);
        PdfStyle.cell(table, "Total cost " + a.totalCost(), false);
        document.add(table);

        document.add(PdfStyle.heading("Documents"));
        if (a.documents().isEmpty()) {
            document.add(PdfStyle.text(a.noGoverningDocument() ? "The group does not have a governing document."
                    : "No documents uploaded."));
        }
        for (var d : a.documents()) {
            document.add(PdfStyle.text(d.label() + ": " + d.fileName() + " (" + d.sizeText() + ", SHA-256 "
                    + d.sha256().substring(0, 16) + "…)"));
        }

        document.add(PdfStyle.heading("Eligibility"));
        for (var q : round.eligibility()) {
            var answer = a.eligibility().stream().filter(e -> e.questionId() == q.id()).findFirst();
            document.add(PdfStyle.answer(q.question(), answer.map(e -> e.answer() ? "Yes" : "No").orElse(null)));
        }

        document.add(PdfStyle.heading("Declarations"));
        document.add(PdfStyle.text(agreed(a.declaredTrue()) + "The information is true and complete."));
        document.add(PdfStyle.text(agreed(a.declaredShare())
                + "The application may be shared with the panel, which includes local residents."));
        document.add(PdfStyle.text(agreed(a.declaredSafeguarding())
                + "The group will keep the people it works with safe and follow its safeguarding policy."));
        document.add(PdfStyle.answer("Declared by", a.declarantName() == null ? null
                : a.declarantName() + ", " + a.declarantRole()));

        if (!a.informationRequests().isEmpty()) {
            document.add(PdfStyle.heading("Questions from the partnership"));
            for (var q : a.informationRequests()) {
                document.add(PdfStyle.answer(q.question(), q.answered() ? q.answer() : "Awaiting an answer"));
            }
        }
    }
}
