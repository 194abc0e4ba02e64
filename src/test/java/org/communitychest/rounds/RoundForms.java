package org.communitychest.rounds;

/** The form that saves a round again as it is, for tests that change one part of it. */
public final class RoundForms {

    private RoundForms() {
    }

    public static RoundForm of(RoundDetails r) {
        return new RoundForm(r.title(), r.description(), r.pot(), r.minGrant(), r.maxGrant(), r.shortFormThreshold(),
                org.communitychest.base.London.toLocal(r.opensAt()),
                org.communitychest.base.London.toLocal(r.closesAt()), r.projectEndLimit(), r.scale(),
                r.eligibility(), r.criteria(), r.priorities().stream().map(PriorityGap::ref).toList(),
                r.requiredDocuments().stream().map(RequiredDocument::label).toList());
    }
}
