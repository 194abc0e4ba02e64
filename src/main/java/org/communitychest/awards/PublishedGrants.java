package org.communitychest.awards;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.communitychest.awards.giving.GivingCsvWriter;
import org.communitychest.awards.giving.GivingGrant;
import org.communitychest.awards.giving.GivingIdentifiers;
import org.communitychest.awards.giving.GivingJsonWriter;
import org.communitychest.awards.giving.GivingPackage;
import org.communitychest.base.AppProperties;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.organisations.GrantRecipient;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.AreaType;
import org.communitychest.place.Areas;
import org.communitychest.place.Letterhead;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.place.PartnershipInfo;
import org.communitychest.place.Partnerships;
import org.communitychest.rounds.Rounds;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partnership's awarded grants in public: the grants its groups accepted (active and completed ones too), for the
 * public page and as 360Giving data, JSON and CSV. Organisations and the grant only, nothing about people. The
 * exports are streamed a page of grants at a time, so their memory does not grow with the number of grants.
 */
@Service
public class PublishedGrants {

    static final Set<GrantStatus> PUBLISHED = EnumSet.of(GrantStatus.ACCEPTED, GrantStatus.ACTIVE,
            GrantStatus.COMPLETED);
    static final int PAGE = 500;
    static final String LOCAL_AREA = "GLS060"; // not user text: 360Giving location scope code
    /** The most places and needs a grant lists in the CSV's numbered columns (the form asks for fewer). */
    static final int CSV_LOCATIONS = 20;
    static final int CSV_NEEDS = 20;

    private final GrantRepository grants;
    private final Partnerships partnerships;
    private final Organisations organisations;
    private final Areas areas;
    private final NeedCategories needCategories;
    private final Rounds rounds;
    private final AppProperties properties;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    PublishedGrants(GrantRepository grants, Partnerships partnerships, Organisations organisations, Areas areas,
            NeedCategories needCategories, Rounds rounds, AppProperties properties, TransactionTemplate template,
            Clock clock) {
        this.grants = grants;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.areas = areas;
        this.needCategories = needCategories;
        this.rounds = rounds;
        this.properties = properties;
        this.readOnly = new TransactionTemplate(template.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    public java.util.Optional<PartnershipInfo> find(String code) {
        return partnerships.findByCode(code);
    }

    public PartnershipInfo partnership(String code) {
        return partnerships.findByCode(code).orElseThrow(() -> new RecordNotFoundException("Partnership"));
    }

    /**
     * The grants among these that run now, accepted or active, with the needs and areas they serve: for the public
     * directory of funded activities. Others (offered, withdrawn, completed) are left out.
     */
    public Map<Long, RunningGrant> running(Collection<Long> grantIds) {
        return readOnly.execute(status -> {
            var found = grants.findAllById(grantIds).stream()
                    .filter(g -> g.getStatus() == GrantStatus.ACCEPTED || g.getStatus() == GrantStatus.ACTIVE).toList();
            var result = new HashMap<Long, RunningGrant>();
            found.stream().collect(java.util.stream.Collectors.groupingBy(Grant::getPartnershipId))
                    .forEach((partnershipId, ofPartnership) -> {
                        var places = areasOf(partnershipId, ofPartnership);
                        var needs = needsOf(partnershipId, ofPartnership);
                        ofPartnership.forEach(g -> result.put(g.getId(), new RunningGrant(g.getId(), partnershipId,
                                g.getOrganisationId(), g.getOrganisationName(), g.getProjectTitle(),
                                g.getNeedIds().stream().map(needs::get).filter(n -> n != null)
                                        .sorted(java.util.Comparator.comparing(NeedCategoryInfo::label)).toList(),
                                g.getAreaIds().stream().map(places::get).filter(a -> a != null)
                                        .sorted(java.util.Comparator.comparing(AreaInfo::name)).toList())));
                    });
            return result;
        });
    }

    /** The partnership's grants for its public page, largest first. */
    public List<PublishedGrant> of(String partnershipCode) {
        var partnership = partnership(partnershipCode);
        return readOnly.execute(status -> {
            var all = grants.findByPartnershipIdAndStatusInOrderByReferenceAsc(partnership.id(), PUBLISHED);
            var places = areasOf(partnership.id(), all);
            var needs = needsOf(partnership.id(), all);
            Map<Long, String> roundTitles = new HashMap<>();
            return all.stream().map(g -> new PublishedGrant(g.getOrganisationName(), g.getProjectTitle(),
                    g.amount(), awardDate(g), roundTitles.computeIfAbsent(g.getRoundId(),
                            id -> rounds.published(id).title()),
                    g.getAreaIds().stream().map(places::get).filter(a -> a != null).map(AreaInfo::name).sorted()
                            .toList(),
                    g.getNeedIds().stream().map(needs::get).filter(n -> n != null).map(NeedCategoryInfo::label)
                            .sorted().toList()))
                    .sorted((a, b) -> b.amount().compareTo(a.amount())).toList();
        });
    }

    /** The 360Giving JSON package of the partnership's grants. */
    public void writeJson(String partnershipCode, OutputStream out) {
        var partnership = partnership(partnershipCode);
        var head = partnerships.letterhead(partnership.id());
        var now = clock.instant();
        var header = new GivingPackage(head.name(), head.funderOrgId(),
                head.name() + " grants", // not user text: 360Giving package title
                "Grants awarded by " + head.name() + " through Community Chest", // not user text: 360Giving data
                head.givingPrefix() + "-" + now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), now, now, jsonLink(partnershipCode));
        try (var stream = givingGrants(partnership, head)) {
            new GivingJsonWriter().write(header, stream, out);
        }
    }

    /** The same grants as a 360Giving spreadsheet: the standard's column titles, one row per grant. */
    public void writeCsv(String partnershipCode, OutputStream out) {
        var partnership = partnership(partnershipCode);
        var head = partnerships.letterhead(partnership.id());
        try (var stream = givingGrants(partnership, head)) {
            new GivingCsvWriter(CSV_LOCATIONS, CSV_NEEDS).write(stream, out);
        }
    }

    public String jsonLink(String partnershipCode) {
        return properties.link("open-data/" + partnershipCode + "/360giving.json"); // not user text: a path
    }

    public String csvLink(String partnershipCode) {
        return properties.link("open-data/" + partnershipCode + "/360giving.csv"); // not user text: a path
    }

    /** The grants a page at a time, each page read and turned into 360Giving grants in its own transaction. */
    private Stream<GivingGrant> givingGrants(PartnershipInfo partnership, Letterhead head) {
        var places = readOnly.execute(s -> areas.ofPartnership(partnership.id()).stream()
                .collect(Collectors.toMap(AreaInfo::id, Function.identity())));
        var needs = readOnly.execute(s -> needCategories.ofPartnership(partnership.id()).stream()
                .collect(Collectors.toMap(NeedCategoryInfo::id, Function.identity())));
        Map<Long, String> roundTitles = new HashMap<>();
        String dataSource = jsonLink(partnership.code());
        Iterator<List<GivingGrant>> pages = new Iterator<>() {
            private long after = 0;
            private List<GivingGrant> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = readOnly.execute(s -> {
                        var page = grants.findByPartnershipIdAndStatusInAndIdGreaterThanOrderByIdAsc(
                                partnership.id(), PUBLISHED, after, PageRequest.ofSize(PAGE));
                        if (page.isEmpty()) {
                            return List.<GivingGrant>of();
                        }
                        after = page.getLast().getId();
                        var recipients = organisations.recipients(page.stream().map(Grant::getOrganisationId)
                                .collect(Collectors.toSet()));
                        var out = new ArrayList<GivingGrant>(page.size());
                        for (var grant : page) {
                            String title = roundTitles.computeIfAbsent(grant.getRoundId(),
                                    id -> rounds.published(id).title());
                            out.add(giving(grant, head, recipients.get(grant.getOrganisationId()), places, needs,
                                    title, dataSource));
                        }
                        return out;
                    });
                }
                return !next.isEmpty();
            }

            @Override
            public List<GivingGrant> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var page = next;
                next = null;
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(List::stream);
    }

    private GivingGrant giving(Grant g, Letterhead head, GrantRecipient recipient, Map<Long, AreaInfo> places,
            Map<Long, NeedCategoryInfo> needs, String roundTitle, String dataSource) {
        String prefix = head.givingPrefix();
        var locations = g.getAreaIds().stream().map(places::get).filter(a -> a != null)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .map(a -> new GivingGrant.Location(a.name(), geoCodeType(a) == null ? null : a.code(),
                        geoCodeType(a)))
                .toList();
        var classifications = g.getNeedIds().stream().map(needs::get).filter(n -> n != null)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .map(n -> new GivingGrant.Classification(prefix + "-need", n.code(), n.label())) // not user text
                .toList();
        int months = (int) Math.max(1, Math.ceil(ChronoUnit.DAYS.between(g.getStartDate(), g.getEndDate()) / 30.44));
        String charity = recipient == null ? null : recipient.charityNumber();
        String company = recipient == null ? null : recipient.companyNumber();
        return new GivingGrant(GivingIdentifiers.grant(prefix, g.getReference()),
                g.getProjectTitle().length() > 139 ? g.getProjectTitle().substring(0, 139) : g.getProjectTitle(),
                g.getSummary() == null || g.getSummary().isBlank() ? g.getProjectTitle() : g.getSummary(),
                g.requested(), g.amount(), g.paidSoFar(), awardDate(g), g.getStartDate(), g.getEndDate(), months,
                GivingIdentifiers.recipient(prefix, charity, company, g.getOrganisationId()),
                g.getOrganisationName(), charity, company, recipient == null ? null : recipient.postcode(),
                locations, head.funderOrgId(), head.name(), prefix + "-R" + g.getRoundId(), // not user text
                roundTitle, true, classifications, LOCAL_AREA, g.getUpdatedAt(), dataSource);
    }

    /** The 360Giving geographic code type of an area, or none for areas with no official code (a PCN). */
    static String geoCodeType(AreaInfo area) {
        return switch (area.type()) {
            case WARD -> "WD"; // not user text: 360Giving codes
            case LSOA -> "LSOA"; // not user text
            case MSOA -> "MSOA"; // not user text
            case BOROUGH -> area.code().startsWith("E09") ? "LONB" : null; // not user text
            default -> null;
        };
    }

    private static LocalDate awardDate(Grant grant) {
        return London.toLocal(grant.getAnsweredAt()).toLocalDate();
    }

    private Map<Long, AreaInfo> areasOf(long partnershipId, Collection<Grant> all) {
        return areas.byIds(partnershipId, all.stream().flatMap(g -> g.getAreaIds().stream()).collect(
                Collectors.toSet())).stream().collect(Collectors.toMap(AreaInfo::id, Function.identity()));
    }

    private Map<Long, NeedCategoryInfo> needsOf(long partnershipId, Collection<Grant> all) {
        return needCategories.byIds(partnershipId, all.stream().flatMap(g -> g.getNeedIds().stream()).collect(
                Collectors.toSet())).stream().collect(Collectors.toMap(NeedCategoryInfo::id, Function.identity()));
    }
}
