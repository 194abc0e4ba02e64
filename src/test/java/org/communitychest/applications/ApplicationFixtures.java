package org.communitychest.applications;

import org.communitychest.base.SaveResult;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.communitychest.StoredMail;
import org.communitychest.base.London;
import org.communitychest.base.Money;
import org.communitychest.base.SystemActor;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.organisations.LegalForm;
import org.communitychest.organisations.OrganisationForm;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.AreaType;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.place.Partnerships;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.EligibilityQuestion;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForm;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ScoringScale;
import org.communitychest.security.DemoAccounts;
import org.communitychest.security.Role;
import org.communitychest.security.SignIn;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the application tests set up again and again: people, groups, open rounds and complete drafts, made
 * through the real services as the people who would make them. Each call makes new records (unique names and
 * email addresses), so tests sharing the Spring context do not see each other's data.
 */
public final class ApplicationFixtures {

    public static final String PASSWORD = "chest-demo-2026";
    public static final String OFFICER = "officer@example.org";
    public static final String ADMIN = "admin@example.org";
    public static final String AMINA = "applicant@example.org";
    public static final String KWAME = "kwame@example.org";
    public static final String PANELLIST = "panellist@example.org";
    public static final String DEMO_ROUND = "Connecting Communities Chest 2026/27";
    private static final Pattern JOIN_TOKEN = Pattern.compile("join-organisation\\?token=([A-Za-z0-9_-]+)");

    public final SignIn signIn;
    public final DemoAccounts accounts;
    public final Organisations organisations;
    public final Rounds rounds;
    public final ApplicationDrafts drafts;
    public final ApplicationSubmission submission;
    public final Screening screening;
    public final NeedCategories needCategories;
    public final Areas areas;
    public final Partnerships partnerships;
    public final JdbcTemplate jdbc;
    public final Clock clock;

    public ApplicationFixtures(ApplicationContext context) {
        signIn = context.getBean(SignIn.class);
        accounts = context.getBean(DemoAccounts.class);
        organisations = context.getBean(Organisations.class);
        rounds = context.getBean(Rounds.class);
        drafts = context.getBean(ApplicationDrafts.class);
        submission = context.getBean(ApplicationSubmission.class);
        screening = context.getBean(Screening.class);
        needCategories = context.getBean(NeedCategories.class);
        areas = context.getBean(Areas.class);
        partnerships = context.getBean(Partnerships.class);
        jdbc = context.getBean(JdbcTemplate.class);
        clock = context.getBean(Clock.class);
    }

    // People

    /** Signs in through the real sign-in service and makes that person the current user of this thread. */
    public void signInAs(String email) {
        var result = signIn.signIn(email, PASSWORD, "192.0.2.1");
        assertThat(result.succeeded()).as("%s signs in: %s", email, result.message()).isTrue();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result.authentication());
        SecurityContextHolder.setContext(context);
    }

    /** Runs the work signed in as someone else, then puts the current user back. */
    public <T> T as(String email, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        signInAs(email);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A verified applicant account with the demo password. */
    public String newApplicant(String name) {
        String email = uniqueEmail(name.toLowerCase().replaceAll("[^a-z]+", "."));
        SystemActor.callAsSystem(() -> accounts.create(email, name, null, Set.of(Role.APPLICANT), PASSWORD));
        return email;
    }

    public String newStaff(String name, long partnershipId, Role role) {
        String email = uniqueEmail(name.toLowerCase().replaceAll("[^a-z]+", "."));
        SystemActor.callAsSystem(() -> accounts.create(email, name, partnershipId, Set.of(role), PASSWORD));
        return email;
    }

    /** A group set up by {@code memberEmail}, who becomes its first member. */
    public long newGroup(String memberEmail, String name) {
        return as(memberEmail, () -> organisations.create(new OrganisationForm(name, LegalForm.CONSTITUTED_GROUP,
                null, null, "Oxford House", "Derbyshire Street", "London", "E2 6HG", IncomeBand.UNDER_10K, null))
                .id());
    }

    /** Invites a colleague by email and has them accept the link from the mail log, as they would. */
    public void join(long groupId, String inviterEmail, String colleagueEmail) {
        as(inviterEmail, () -> organisations.inviteMember(groupId, colleagueEmail));
        String body = jdbc.queryForObject("select " + StoredMail.TEXT_AS_SENT + " from mail_message where"
                + " recipient = ? and template = 'organisation-invitation' order by id desc limit 1", String.class,
                colleagueEmail);
        var token = JOIN_TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        assertThat(as(colleagueEmail, () -> organisations.acceptInvitation(token.group(1)))).isTrue();
    }

    public long userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    public long thtId() {
        return partnerships.findByCode("THT").orElseThrow().id();
    }

    /** The group a demo applicant set up in the demo data. */
    public long groupNamed(String name) {
        return jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
    }

    // Rounds

    public RoundDetails demoRound() {
        long id = jdbc.queryForObject("select id from funding_round where title = ?", Long.class, DEMO_ROUND);
        return rounds.published(id);
    }

    /** A published THT round that opened yesterday and closes in 30 days. */
    public RoundDetails openRound(String title) {
        var now = London.toLocal(clock.instant()).withNano(0);
        return publishedRound(title, now.minusDays(1), now.plusDays(30));
    }

    public RoundDetails publishedRound(String title, LocalDateTime opensAt, LocalDateTime closesAt) {
        return as(OFFICER, () -> rounds.publish(rounds.create(roundForm(title, opensAt, closesAt)).id()));
    }

    /**
     * Like the demo round: £500 to £10,000 from a £60,000 pot, the short form under £2,000, three yes/no questions
     * that "Yes" passes, two criteria weighted 60 and 40, two required documents.
     */
    public RoundForm roundForm(String title, LocalDateTime opensAt, LocalDateTime closesAt) {
        long tht = thtId();
        var need = needCategories.activeOf(tht).getFirst();
        var ward = wards(tht).getFirst();
        return new RoundForm(title, "Small grants for activities social prescribers can refer people to.",
                Money.ofPounds(60_000), Money.ofPounds(500), Money.ofPounds(10_000), Money.ofPounds(2_000), opensAt,
                closesAt, closesAt.toLocalDate().plusMonths(12), ScoringScale.ZERO_TO_FOUR,
                List.of(question("Does your group work with Tower Hamlets residents?",
                                "This chest funds activities for Tower Hamlets residents.",
                                "Look for your own borough's community chest."),
                        question("Is your group run not for profit?", "Grants go to not-for-profit groups only.",
                                "The council's business support team helps small businesses."),
                        question("Does your group have a bank account in its own name?",
                                "We can only pay grants into the group's own bank account.",
                                "Tower Hamlets CVS can find a partner to hold the money for you.")),
                List.of(criterion("Meets a referral gap", 60), criterion("Can be delivered", 40)),
                List.of(new RoundForm.PriorityRef(need.id(), ward.id())),
                List.of("Governing document", "Safeguarding policy"));
    }

    public static EligibilityQuestion question(String question, String failReason, String signpost) {
        return new EligibilityQuestion(null, question, true, failReason, signpost);
    }

    public static Criterion criterion(String title, int weight) {
        var descriptors = new TreeMap<Integer, String>();
        for (int level = 0; level <= 4; level++) {
            descriptors.put(level, "Score " + level + " for " + title.toLowerCase());
        }
        return new Criterion(null, title, "How well the bid shows: " + title.toLowerCase(), weight, descriptors);
    }

    /** Every question answered with the answer that passes. */
    public static Map<Long, Boolean> passingAnswers(RoundDetails round) {
        var answers = new TreeMap<Long, Boolean>();
        round.eligibility().forEach(q -> answers.put(q.id(), q.passingAnswer()));
        return answers;
    }

    public List<AreaInfo> wards(long partnershipId) {
        return areas.ofPartnership(partnershipId).stream().filter(a -> a.type() != AreaType.BOROUGH).toList();
    }

    public List<NeedCategoryInfo> needs(long partnershipId) {
        return needCategories.activeOf(partnershipId);
    }

    // Applications: call these signed in as a member of the group

    public long start(RoundDetails round, long groupId, FormType formType) {
        return drafts.start(round.id(), groupId, passingAnswers(round), formType);
    }

    /** A full-form draft with every section complete, asking for £3,000. Returns its id. */
    public long completeFullDraft(RoundDetails round, long groupId, String title) {
        long id = start(round, groupId, FormType.FULL);
        long version = drafts.get(id).version();
        long partnership = round.partnershipId();
        var today = London.today(clock);
        version = saved(drafts.saveAbout(id, version, new Answers.About(title, "Weekly sessions for neighbours"
                + " who live alone.", null, "Link workers have nowhere to send lonely patients."))).version();
        version = saved(drafts.saveWhoItHelps(id, version, new Answers.WhoItHelps(
                Set.of(needs(partnership).getFirst().id()), Set.of(wards(partnership).getFirst().id()), 20,
                "Older people living alone"))).version();
        version = saved(drafts.saveActivities(id, version, new Answers.Activities("Tuesday afternoons in the hall.",
                today.plusDays(30), today.plusDays(200)))).version();
        version = saved(drafts.saveBudget(id, version, new Answers.Budget(List.of(
                new BudgetLine("Hall hire", Money.ofPounds(2_000), null),
                new BudgetLine("Tea and biscuits", Money.ofPounds(1_000), null))))).version();
        for (var doc : drafts.get(id).requiredDocuments()) {
            version = saved(drafts.uploadDocument(id, version, doc.id(), "document-" + doc.id() + ".pdf",
                    pdf(doc.label()))).version();
        }
        saved(drafts.saveDeclarations(id, version, new Answers.Declarations(true, true, true, "Amina Begum",
                "Chair")));
        assertThat(drafts.get(id).readyToSubmit()).as("the full draft is complete").isTrue();
        return id;
    }

    /** A short-form draft with every section complete, asking for £1,250. Returns its id. */
    public long completeShortDraft(RoundDetails round, long groupId, String title) {
        long id = start(round, groupId, FormType.SHORT);
        long version = drafts.get(id).version();
        long partnership = round.partnershipId();
        version = saved(drafts.saveAbout(id, version, new Answers.About(title, "Guided walks twice a week.", null,
                null))).version();
        version = saved(drafts.saveWhoItHelps(id, version, new Answers.WhoItHelps(
                Set.of(needs(partnership).getFirst().id()), Set.of(wards(partnership).getFirst().id()), 30, null)))
                .version();
        version = saved(drafts.saveBudget(id, version, new Answers.Budget(List.of(
                new BudgetLine("Walk leader training", Money.ofPounds(750), null),
                new BudgetLine("Refreshments", Money.ofPounds(500), null))))).version();
        version = saved(drafts.uploadDocument(id, version, null, "constitution.pdf", pdf("Constitution")))
                .version();
        saved(drafts.saveDeclarations(id, version, new Answers.Declarations(true, true, true, "Amina Begum",
                "Chair")));
        assertThat(drafts.get(id).readyToSubmit()).as("the short draft is complete").isTrue();
        return id;
    }

    /** Submits a complete draft; returns the reference. */
    public String submit(long id) {
        return submission.submit(id, drafts.get(id).version());
    }

    private static SaveResult saved(SaveResult result) {
        assertThat(result.errors()).as("nothing refused").isEmpty();
        return result;
    }

    public ApplicationStatus status(long applicationId) {
        return ApplicationStatus.valueOf(jdbc.queryForObject("select status from application where id = ?",
                String.class, applicationId));
    }

    /** How many documents the application holds. */
    public int documents(long applicationId) {
        return jdbc.queryForObject("select count(*) from application_document where application_id = ?",
                Integer.class, applicationId);
    }

    public int audits(String action, long applicationId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_type ="
                + " 'Application' and subject_id = ?", Integer.class, action, String.valueOf(applicationId));
    }

    /** A real one-page PDF made with OpenPDF. */
    public static byte[] pdf(String text) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    public static LocalDate londonToday(Clock clock) {
        return London.today(clock);
    }

    /** The text a PDF prints, page after page, as a reader copying it out gets it ({@link PdfText}). */
    public static String pdfText(byte[] pdf) throws Exception {
        return org.communitychest.PdfText.of(pdf);
    }
}
