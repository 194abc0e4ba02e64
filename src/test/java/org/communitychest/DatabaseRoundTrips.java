package org.communitychest;

import org.communitychest.base.Language;
import org.communitychest.base.i18n.English;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.audit.AuditLog;
import org.communitychest.audit.AuditRecord;
import org.communitychest.audit.AuditSearch;
import org.communitychest.base.SystemActor;
import org.communitychest.gaps.GapFiles;
import org.communitychest.gaps.GapImportStatus;
import org.communitychest.gaps.GapImports;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.Partnerships;
import org.communitychest.security.Registration;
import org.communitychest.security.RegistrationForm;
import org.communitychest.security.SignIn;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every supported database must do: the Flyway migrations apply, Hibernate validates the schema against the
 * entities (the context would not start otherwise), demo data seeds, and real work round-trips.
 */
abstract class DatabaseRoundTrips {

    static final String PASSWORD = "kettle-harbour-violet-42";

    @Autowired
    Flyway flyway;
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Areas areas;
    @Autowired
    NeedCategories needCategories;
    @Autowired
    Registration registration;
    @Autowired
    SignIn signIn;
    @Autowired
    AuditLog auditLog;

    /** The finest part of an instant the database keeps. */
    abstract ChronoUnit instantPrecision();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void migrationsApplyAndHibernateValidatesTheSchema() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        var onDisk = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        org.springframework.core.io.Resource[] files;
        try {
            files = onDisk.getResources("classpath:db/migration/V*__*.sql");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int newest = java.util.Arrays.stream(files)
                .mapToInt(f -> Integer.parseInt(f.getFilename().substring(1, f.getFilename().indexOf("__"))))
                .max().orElseThrow();
        assertThat(info.applied()).as("every migration file applied").hasSize(files.length);
        assertThat(info.current().getVersion().getVersion()).isEqualTo(String.valueOf(newest));
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void aTenMegabyteDocumentIsStoredAndReadBack(@Autowired org.springframework.context.ApplicationContext context) {
        var fx = new org.communitychest.applications.ApplicationFixtures(context);
        var round = fx.openRound("Upload round " + UUID.randomUUID());
        String applicant = fx.newApplicant("Uma Upload");
        long group = fx.newGroup(applicant, "Upload Club " + UUID.randomUUID());
        fx.as(applicant, () -> {
            long id = fx.start(round, group, org.communitychest.applications.FormType.SHORT);
            byte[] pdf = java.util.Arrays.copyOf(org.communitychest.applications.ApplicationFixtures.pdf("Big"),
                    10 * 1024 * 1024);
            var result = fx.drafts.uploadDocument(id, fx.drafts.get(id).version(), null, "big.pdf", pdf);
            assertThat(result.allSaved()).isTrue();
            var document = fx.drafts.get(id).documents().getFirst();
            assertThat(fx.drafts.download(id, document.id()).content()).isEqualTo(pdf);
        });
    }

    @Test
    void aBudgetLineWithoutItsCostYetIsStoredAsADraftLine(
            @Autowired org.springframework.context.ApplicationContext context) {
        var fx = new org.communitychest.applications.ApplicationFixtures(context);
        var round = fx.openRound("Draft line round " + UUID.randomUUID());
        String applicant = fx.newApplicant("Dee Draft");
        long group = fx.newGroup(applicant, "Draft Line Club " + UUID.randomUUID());
        fx.as(applicant, () -> {
            long id = fx.start(round, group, org.communitychest.applications.FormType.FULL);
            var line = new org.communitychest.applications.BudgetLine("Hall hire", null, null);
            var result = fx.drafts.saveBudget(id, fx.drafts.get(id).version(),
                    new org.communitychest.applications.Answers.Budget(java.util.List.of(line)));
            assertThat(result.allSaved()).isTrue();
            assertThat(fx.drafts.get(id).budget()).containsExactly(line);
        });
    }

    @Test
    void aRoundsAllocationRulesAndPanelStagesAreStoredAndReadBack(
            @Autowired org.springframework.context.ApplicationContext context) {
        var fx = new org.communitychest.applications.ApplicationFixtures(context);
        var rounds = fx.rounds;
        var now = org.communitychest.base.London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        var ward = fx.wards(fx.thtId()).getFirst();
        var need = fx.needs(fx.thtId()).getFirst();
        var rules = new org.communitychest.rounds.AllocationRules(java.util.List.of(
                new org.communitychest.rounds.AllocationRules.MinimumShare(
                        org.communitychest.rounds.AllocationRules.ShareOf.NEED, need.id(), 30),
                new org.communitychest.rounds.AllocationRules.MinimumShare(
                        org.communitychest.rounds.AllocationRules.ShareOf.AREA, ward.id(), 25)), true,
                new org.communitychest.rounds.AllocationRules.SmallGroupShare(10,
                        org.communitychest.organisations.IncomeBand.FROM_50K_TO_100K), 1, 40);
        var round = fx.as(org.communitychest.applications.ApplicationFixtures.OFFICER, () -> rounds.publish(
                rounds.create(fx.roundForm("Stages round " + UUID.randomUUID(), now.minusDays(1), now.plusDays(1)),
                        rules).id()));
        clock.freezeAt(round.closesAt().plusSeconds(60));
        SystemActor.callAsSystem(rounds::closeDueRounds);
        var deadline = clock.instant().plus(java.time.Duration.ofDays(10)).truncatedTo(instantPrecision());
        fx.as(org.communitychest.applications.ApplicationFixtures.OFFICER,
                () -> rounds.openScoring(round.id(), deadline));

        var read = rounds.published(round.id());
        assertThat(read.status()).isEqualTo(org.communitychest.rounds.RoundStatus.SCORING);
        assertThat(read.scoringClosesAt()).isEqualTo(deadline);
        assertThat(read.allocationRules().minimumShares()).extracting(s -> s.kind(), s -> s.targetId(),
                s -> s.percent()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(org.communitychest.rounds.AllocationRules.ShareOf.NEED,
                        need.id(), 30),
                org.assertj.core.groups.Tuple.tuple(org.communitychest.rounds.AllocationRules.ShareOf.AREA,
                        ward.id(), 25));
        assertThat(read.allocationRules().smallGroupShare()).isEqualTo(rules.smallGroupShare());
        assertThat(read.allocationRules().oneGrantPerOrganisation()).isTrue();
        assertThat(read.allocationRules().minimumPriorityGapsCovered()).isOne();
        assertThat(read.allocationRules().partialAwardMinimumPercent()).isEqualTo(40);
        assertThat(jdbc.queryForObject("select small_group_income_band from funding_round where id = ?",
                String.class, round.id())).as("the band's name").isEqualTo("FROM_50K_TO_100K");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into round_minimum_share"
                + " (round_id, position, area_id, need_category_id, share_percent) values (?, 2, ?, ?, 5)",
                round.id(), ward.id(), need.id())).as("an area and a need in one share")
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void gapFiguresAreImportedAndAReimportMarksExactlyTheFiguresItReplaces(@Autowired ApplicationContext context) {
        var fx = new ApplicationFixtures(context);
        var imports = context.getBean(GapImports.class);
        var wards = fx.wards(fx.thtId());
        var ward = wards.get(0);
        var otherWard = wards.get(1);
        var start = LocalDate.of(2031, 4, 1); // a quarter the demo figures leave alone
        var end = LocalDate.of(2031, 6, 30);
        BiFunction<String, String, GapImportStatus> importFile = (name, rows) -> fx.as(ApplicationFixtures.OFFICER,
                () -> GapFiles.importToTheEnd(imports, name, GapFiles.HEADER + "\n" + rows));
        var draft = importFile.apply("q1-draft.csv", GapFiles.row(start, end, ward, "HOUSING", "9,5,3,1,") + "\n");
        var first = importFile.apply("q1.csv",
                GapFiles.row(start, end, ward, "HOUSING", "10,5,3,2,") + "\n"
                + GapFiles.row(start, end, ward, "CARERS", "8,<5,2,,") + "\n"
                + GapFiles.row(start, end.minusMonths(1), ward, "HOUSING", "7,5,1,1,") + "\n"
                + GapFiles.row(start, end, otherWard, "HOUSING", "6,5,1,0,") + "\n");
        var second = importFile.apply("q1-again.csv",
                GapFiles.row(start, end, ward, "HOUSING", "12,5,5,2,40") + "\n"
                + GapFiles.row(start, end, otherWard, "CARERS", "5,5,0,0,") + "\n");

        assertThat(List.of(draft.state(), first.state(), second.state())).allSatisfy(s -> assertThat(s)
                .hasToString("DONE"));
        assertThat(first.rowsReplaced()).isEqualTo(1);
        assertThat(second.rowsReplaced()).as("the same period, area and need only").isEqualTo(1);
        assertThat(jdbc.queryForList("select referrals_received from gap_figure where area_id in (?, ?) and"
                + " period_start = ? and replaced_by_import_id is null order by referrals_received", Integer.class,
                ward.id(), otherWard.id(), start)).containsExactly(5, 6, 7, 8, 12);
        assertThat(jdbc.queryForList("select referrals_received from gap_figure where replaced_by_import_id = ?",
                Integer.class, second.id())).containsExactly(10);
        assertThat(jdbc.queryForList("select referrals_received from gap_figure where replaced_by_import_id = ?",
                Integer.class, first.id())).as("replaced before, and still by the import that replaced it")
                .containsExactly(9);
        assertThat(jdbc.queryForObject("select referrals_connected from gap_figure where import_id = ? and"
                + " need_category_id = (select id from need_category where code = 'CARERS' and partnership_id = ?)",
                Integer.class, first.id(), fx.thtId())).as("suppressed").isNull();
        assertThat(jdbc.queryForMap("select period_start, period_end, median_wait_days, source_system from"
                + " gap_figure where import_id = ? and referrals_received = 12", second.id()))
                .as("every value of the row as written into the statement").containsEntry("median_wait_days", 40)
                .containsEntry("period_start", java.sql.Date.valueOf(start))
                .containsEntry("period_end", java.sql.Date.valueOf(end)).containsEntry("source_system", "JOY");
    }

    @Test
    void anAreaMapOfHalfAMegabyteIsStoredWholeAndTheDemoHasItsHexMap(
            @Autowired org.communitychest.place.AreaMaps maps) {
        var partnership = SystemActor.callAsSystem(() -> partnerships.create("M" + UUID.randomUUID().toString()
                .substring(0, 8), "Map Partnership"));
        var zigzag = new StringBuilder("[[0, 51]");
        for (int i = 1; i < 40_000; i++) {
            zigzag.append(", [").append(i * 0.00001).append(", ").append(i % 2 == 0 ? "51" : "51.001").append(']');
        }
        zigzag.append(", [0.4, 50.9], [0, 51]]");
        byte[] file = ("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\":"
                + " {\"code\": \"E05999901\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" + zigzag
                + "]}}]}").getBytes(StandardCharsets.UTF_8);
        var result = SystemActor.callAs(partnership.id(), () -> {
            areas.importCsv(new ByteArrayInputStream("area_type,area_code,name,parent_code\nWARD,E05999901,Zigzag,\n"
                    .getBytes(StandardCharsets.UTF_8)));
            return maps.uploadBoundaries("zigzag.geojson", file);
        }, "ADMIN");

        assertThat(result.succeeded()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.saved().bytes()).isGreaterThan(500_000);
        String stored = SystemActor.callAs(partnership.id(), () -> maps.current(partnership.id()), "OFFICER")
                .orElseThrow().geoJson();
        assertThat((long) stored.length()).isEqualTo(result.saved().bytes());
        assertThat(stored).endsWith("[0.4,50.9],[0,51]]]}}]}");
        long tht = partnerships.findByCode("THT").orElseThrow().id();
        assertThat(SystemActor.callAs(tht, () -> maps.current(tht), "OFFICER").orElseThrow().kind())
                .isEqualTo(org.communitychest.place.AreaMap.Kind.HEXES);
    }

    @Test
    void demoDataIsSeeded() {
        long tht = partnerships.findByCode("THT").orElseThrow().id();
        assertThat(areas.ofPartnership(tht)).hasSize(21);
        assertThat(needCategories.ofPartnership(tht)).hasSize(16);
        assertThat(signIn.signIn("officer@example.org", "chest-demo-2026", "192.0.2.1").succeeded()).isTrue();
    }

    @Test
    void registerVerifyAndSignIn() {
        String email = "round-trip-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        registration.register(new RegistrationForm("Zoë Ødegård-Nguyễn", email, PASSWORD, PASSWORD), Language.ENGLISH,
                "192.0.2.1");

        assertThat(English.of(signIn.signIn(email, PASSWORD, "192.0.2.1").message()))
                .startsWith("Please confirm your email address first");
        String text = jdbc.queryForObject("select " + StoredMail.TEXT_AS_SENT + " from mail_message where"
                + " recipient = ? order by id desc limit 1", String.class, email);
        String token = text.replaceFirst("(?s).*verify-email\\?token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(registration.verify(token)).isTrue();

        var result = signIn.signIn(email, PASSWORD, "192.0.2.1");
        assertThat(result.succeeded()).as(English.of(result.message())).isTrue();
        assertThat(jdbc.queryForObject("select display_name from app_user where email = ?", String.class, email))
                .isEqualTo("Zoë Ødegård-Nguyễn");
    }

    @Test
    void importAreasAllOrNothing() {
        String code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long partnership = SystemActor.callAsSystem(() -> partnerships.create(code, "Round Trip " + code)).id();
        String csv = """
                area_type,area_code,name,parent_code,imd_decile
                BOROUGH,E09000001,City of London,,
                WARD,E05009289,Aldersgate,E09000001,9
                NEIGHBOURHOOD,SMITHFIELD-1,Smithfield Café Quarter,E05009289,
                """;
        var result = SystemActor.callAs(partnership,
                () -> areas.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))), "ADMIN");
        assertThat(result.succeeded()).as(String.valueOf(result.problems())).isTrue();
        assertThat(areas.ofPartnership(partnership)).extracting(AreaInfo::name, AreaInfo::parentCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("City of London", null),
                        org.assertj.core.groups.Tuple.tuple("Aldersgate", "E09000001"),
                        org.assertj.core.groups.Tuple.tuple("Smithfield Café Quarter", "E05009289"));

        String bad = """
                area_type,area_code,name,parent_code
                WARD,E05009290,Bassishaw,E09000001
                WARD,E05009291,Billingsgate,E09000099
                """;
        var refused = SystemActor.callAs(partnership,
                () -> areas.importCsv(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))), "ADMIN");
        assertThat(refused.succeeded()).isFalse();
        assertThat(areas.ofPartnership(partnership)).hasSize(3);
    }

    @Test
    void instantsKeepMicrosecondsInUtcAndLongTextKeepsEveryCharacter() {
        String code = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long partnership = SystemActor.callAsSystem(() -> partnerships.create(code, "Audit " + code)).id();
        // the small hours of the day British Summer Time starts
        Instant at = Instant.parse("2026-03-29T00:59:59.123456Z");
        clock.freezeAt(at);
        String longText = "Zoë’s “group” 🙂 ".repeat(7_000);

        auditLog.recordAs("tester@example.org", partnership, "ROUND_TRIP", "Test", 1, null, longText);

        AuditRecord record = SystemActor.callAs(partnership, () -> auditLog.search(
                new AuditSearch(null, "ROUND_TRIP", null, null), PageRequest.of(0, 10)), "ADMIN").getFirst();
        assertThat(record.occurredAt()).as("same instant, no time zone shift").isEqualTo(at.truncatedTo(
                instantPrecision()));
        assertThat(record.after()).isEqualTo(longText);
    }

    @Test
    void aSearchTakesPercentUnderscoreAndTheEscapeCharacterLiterally() {
        String code = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long partnership = SystemActor.callAsSystem(() -> partnerships.create(code, "Search " + code)).id();
        for (String actor : new String[] {"50% off", "5 off", "a_b", "axb", "wow!", "wow", "back\\slash"}) {
            auditLog.recordAs(actor, partnership, "SEARCH_TRIP", "Test", 1, null, null);
        }

        assertThat(actorsFound(partnership, "%")).containsExactly("50% off");
        assertThat(actorsFound(partnership, "0%")).containsExactly("50% off");
        assertThat(actorsFound(partnership, "_")).containsExactly("a_b");
        assertThat(actorsFound(partnership, "!")).containsExactly("wow!");
        assertThat(actorsFound(partnership, "\\")).containsExactly("back\\slash");
        assertThat(actorsFound(partnership, "WOW")).containsExactlyInAnyOrder("wow!", "wow");
    }

    private java.util.List<String> actorsFound(long partnership, String text) {
        return SystemActor.callAs(partnership, () -> auditLog.search(
                new AuditSearch(text, "SEARCH_TRIP", null, null), PageRequest.of(0, 20)), "ADMIN").stream()
                .map(AuditRecord::actor).toList();
    }

    /** Two members of a group open its ballot at the same moment: the group is enrolled as a voter once. */
    @Test
    void twoMembersOfOneGroupOpeningItsBallotAtOnceEnrolItOnce(@Autowired ApplicationContext context)
            throws Exception {
        var px = new org.communitychest.panels.PanelFixtures(context);
        var votes = context.getBean(org.communitychest.votes.Votes.class);
        var ballots = context.getBean(org.communitychest.votes.Ballots.class);
        var round = px.roundInScoring("Group enrolment", 3);
        long voteId = px.fx.as(org.communitychest.applications.ApplicationFixtures.OFFICER, () -> {
            var now = px.fx.clock.instant();
            var vote = votes.save(round.roundId(), new org.communitychest.votes.VoteSettings(
                    org.communitychest.rounds.DecisionMode.VOTE, now.minusSeconds(60), now.plusSeconds(3600),
                    org.communitychest.base.Money.ofPounds(2_500), 0, 0, true, round.bids()));
            return votes.open(vote.id()).id();
        });
        String bidder = round.bidders().getFirst();
        String partner = px.fx.newApplicant("Second member");
        long group = jdbc.queryForObject("select organisation_id from application where id = ?", Long.class,
                round.bids().getFirst());
        px.fx.join(group, bidder, partner);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var cast = new java.util.ArrayList<java.util.concurrent.Future<Long>>();
            for (String member : java.util.List.of(bidder, partner)) {
                cast.add(pool.submit(() -> {
                    px.fx.signInAs(member);
                    try {
                        start.await();
                        return ballots.cast(ballots.forMe(voteId).pass(), java.util.Set.of(round.bids().get(1)))
                                .pass().voteId();
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (var ballot : cast) {
                assertThat(ballot.get()).as("both members' ballots are taken").isEqualTo(voteId);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from vote_voter where vote_id = ? and organisation_id = ?",
                Integer.class, voteId, group)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class, voteId))
                .as("the group's one ballot").isEqualTo(1);
    }
}
