package org.communitychest.organisations;

/**
 * Which groups have sent an application to a partnership, so that the partnership's staff may read those groups'
 * profiles and no others. Implemented by the applications module.
 */
public interface GroupsApplyingTo {

    boolean hasApplied(long partnershipId, long organisationId);

    /** Those of the groups that have applied to the partnership, in one query. */
    java.util.Set<Long> whichHaveApplied(long partnershipId, java.util.Collection<Long> organisationIds);
}
