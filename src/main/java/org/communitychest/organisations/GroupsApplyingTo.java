package org.communitychest.organisations;

/**
 * Which groups have sent an application to a partnership, so that the partnership's staff may read those groups'
 * profiles and no others. Implemented by the applications module.
 */
public interface GroupsApplyingTo {

    boolean hasApplied(long partnershipId, long organisationId);
}
