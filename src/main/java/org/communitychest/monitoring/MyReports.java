package org.communitychest.monitoring;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.audit.AuditLog;
import org.communitychest.awards.GrantFile;
import org.communitychest.awards.MyGrants;
import org.communitychest.base.AllowedFiles;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.SaveResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funded group's reports, written by any of its members and saved as they type: each part is checked as it is
 * saved, and a value that breaks a rule is not stored while the others are. A report can be changed until it is
 * submitted, and again when the officer returns it. Whether the member belongs to the group is the awards
 * module's check, {@link MyGrants#get}.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class MyReports {

    static final Message CONFLICT = Message.of("monitoring.conflict");
    public static final int MOST_PHOTOS = 5;
    public static final int MOST_PEOPLE = ReportRules.MOST_PEOPLE;
    public static final int LONGEST_TEXT = ReportRules.LONGEST_TEXT;
    static final String REPORT = "Report"; // not user text: record name

    private final GrantReportRepository reports;
    private final ReportPhotoRepository photos;
    private final ReportAssembler assembler;
    private final MyGrants myGrants;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyReports(GrantReportRepository reports, ReportPhotoRepository photos, ReportAssembler assembler,
            MyGrants myGrants, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.photos = photos;
        this.assembler = assembler;
        this.myGrants = myGrants;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The reports the member's groups still have to send (due, or returned to them), the soonest due first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> toDo() {
        var grants = myGrants.mine().stream().collect(java.util.stream.Collectors.toMap(g -> g.id(), g -> g));
        if (grants.isEmpty()) {
            return List.of();
        }
        return reports.findByGrantIdInOrderByDueOnAsc(grants.keySet()).stream().filter(r -> r.getStatus().isOpen())
                .map(r -> assembler.summary(r, grants.get(r.getGrantId()))).toList();
    }

    /** The reports a grant of the member's group owes, in the order they are due. */
    @Transactional(readOnly = true)
    public List<ReportSummary> ofGrant(long grantId) {
        var grant = myGrants.get(grantId);
        return reports.findByGrantIdOrderByDueOnAsc(grantId).stream().map(r -> assembler.summary(r, grant)).toList();
    }

    @Transactional(readOnly = true)
    public ReportDetails get(long reportId) {
        var report = find(reportId);
        return assembler.details(report, myGrants.get(report.getGrantId()));
    }

    @Transactional
    public SaveResult saveActivity(long reportId, long expectedVersion, Integer sessions, Integer participants,
            Integer attendances) {
        var report = editable(reportId, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        ReportRules.count(sessions, "sessions", errors);
        ReportRules.count(participants, "participants", errors);
        ReportRules.count(attendances, "attendances", errors);
        ReportRules.participantsWithinAttendances(participants, attendances, errors);
        var before = report.content();
        report.activity(keep(errors, "sessions", sessions, before.sessions()),
                keep(errors, "participants", participants, before.participants()),
                keep(errors, "attendances", attendances, before.attendances()), clock.instant());
        return saved(report, errors);
    }

    /** The people social prescribers referred, for each of the grant's needs. */
    @Transactional
    public SaveResult saveReferrals(long reportId, long expectedVersion, Map<Long, Integer> byNeed) {
        var report = editable(reportId, expectedVersion);
        var grant = myGrants.get(report.getGrantId());
        Map<String, Message> errors = new LinkedHashMap<>();
        var kept = new LinkedHashMap<>(report.content().referralsByNeed());
        for (var need : grant.needs()) {
            if (!byNeed.containsKey(need.id())) {
                continue;
            }
            String field = referralField(need.id());
            Integer count = byNeed.get(need.id());
            ReportRules.count(count, field, errors);
            if (!errors.containsKey(field)) {
                kept.put(need.id(), count);
            }
        }
        report.referrals(kept, clock.instant());
        return saved(report, errors);
    }

    @Transactional
    public SaveResult saveAges(long reportId, long expectedVersion, Map<AgeBand, Integer> byAge) {
        var report = editable(reportId, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        var kept = new LinkedHashMap<>(report.content().ages());
        byAge.forEach((band, people) -> {
            String field = ageField(band);
            ReportRules.count(people, field, errors);
            if (!errors.containsKey(field)) {
                kept.put(band, people);
            }
        });
        report.demographics(kept, clock.instant());
        return saved(report, errors);
    }

    /** What was spent on each budget line (the full form) and the group's word that it was spent as agreed. */
    @Transactional
    public SaveResult saveSpend(long reportId, long expectedVersion, List<Money> spent, boolean confirmed) {
        var report = editable(reportId, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        var lines = report.content().spend();
        var kept = new java.util.ArrayList<Money>();
        for (int i = 0; i < lines.size(); i++) {
            Money value = i < spent.size() ? spent.get(i) : lines.get(i).spent();
            ReportRules.spent(value, spendField(i), errors);
            kept.add(errors.containsKey(spendField(i)) ? lines.get(i).spent() : value);
        }
        report.spend(kept, confirmed, clock.instant());
        return saved(report, errors);
    }

    @Transactional
    public SaveResult saveStory(long reportId, long expectedVersion, String story, boolean photoConsent) {
        var report = editable(reportId, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        String text = ReportRules.clean(story);
        ReportRules.text(text, "story", errors);
        report.story(keep(errors, "story", text, report.content().story()), photoConsent, clock.instant());
        return saved(report, errors);
    }

    @Transactional
    public SaveResult saveChanges(long reportId, long expectedVersion, String challenges, String planChanges) {
        var report = editable(reportId, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        String hard = ReportRules.clean(challenges);
        String changed = ReportRules.clean(planChanges);
        ReportRules.text(hard, "challenges", errors);
        ReportRules.text(changed, "planChanges", errors);
        var before = report.content();
        report.changes(keep(errors, "challenges", hard, before.challenges()),
                keep(errors, "planChanges", changed, before.planChanges()), clock.instant());
        return saved(report, errors);
    }

    /** A photo of the project, PNG or JPEG; shown only to the group and the partnership's staff. */
    @Transactional
    public SaveResult addPhoto(long reportId, long expectedVersion, String fileName, byte[] content) {
        var report = editable(reportId, expectedVersion);
        if (photos.countByReportId(reportId) >= MOST_PHOTOS) {
            throw new InvalidInputException("photo", Message.of("monitoring.photo.too-many", MOST_PHOTOS));
        }
        var file = AllowedFiles.check(fileName, content, "photo");
        if (!file.contentType().startsWith("image/")) {
            throw new InvalidInputException("photo", Message.of("monitoring.photo.not-a-photo"));
        }
        photos.save(new ReportPhoto(reportId, file.fileName(), file.contentType(), file.content(), clock.instant()));
        report.story(report.content().story(), report.content().photoConsent(), clock.instant());
        return saved(report, Map.of());
    }

    @Transactional
    public SaveResult removePhoto(long reportId, long expectedVersion, long photoId) {
        var report = editable(reportId, expectedVersion);
        photos.findById(photoId).filter(p -> p.getReportId() == reportId).ifPresent(photos::delete);
        report.story(report.content().story(), report.content().photoConsent(), clock.instant());
        return saved(report, Map.of());
    }

    @Transactional(readOnly = true)
    public GrantFile photo(long reportId, long photoId) {
        find(reportId);
        return photos.file(reportId, photoId);
    }

    /** Sends the report to the partnership. Refused, listing what is missing, until every needed part is done. */
    @Transactional
    public ReportDetails submit(long reportId, long expectedVersion) {
        var report = editable(reportId, expectedVersion);
        var details = assembler.details(report, myGrants.get(report.getGrantId()));
        Map<String, Message> missing = new LinkedHashMap<>();
        for (var section : details.sections()) {
            if (!section.optional() && !details.sectionsDone().getOrDefault(section, false)) {
                missing.put(section.slug(), Message.of("monitoring.submit.missing", section.label()));
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(missing);
        }
        String before = report.getStatus().name();
        report.submit(currentUser.require().id(), clock.instant());
        auditLog.record(report.getPartnershipId(), "REPORT_SUBMITTED", ReportReviews.auditSubject(report, details.grant()),
                before, "SUBMITTED");
        reports.flush();
        return assembler.details(report, details.grant());
    }

    public static String referralField(long needId) {
        return "referrals." + needId;
    }

    public static String ageField(AgeBand band) {
        return "age." + band.name();
    }

    public static String spendField(int index) {
        return "spend." + index;
    }

    private GrantReport find(long reportId) {
        var report = reports.findById(reportId).orElseThrow(() -> new RecordNotFoundException(REPORT));
        myGrants.get(report.getGrantId());
        return report;
    }

    private GrantReport editable(long reportId, long expectedVersion) {
        var report = find(reportId);
        if (!report.getStatus().isOpen()) {
            throw new InvalidInputException("report", Message.of("monitoring.not-open", report.getStatus().label()));
        }
        if (report.getVersion() != expectedVersion) {
            throw new InvalidInputException("version", CONFLICT);
        }
        return report;
    }

    private SaveResult saved(GrantReport report, Map<String, Message> errors) {
        reports.saveAndFlush(report);
        return new SaveResult(report.getVersion(), clock.instant(), Map.copyOf(errors));
    }

    private static <T> T keep(Map<String, Message> errors, String field, T typed, T stored) {
        return errors.containsKey(field) ? stored : typed;
    }
}
