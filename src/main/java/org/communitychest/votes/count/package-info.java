/**
 * Counting a residents' approval vote (issue 11; scoring spec 9): {@link org.communitychest.votes.count.EqualShares}
 * (the Method of Equal Shares with the add1 completion, in exact arithmetic) and
 * {@link org.communitychest.votes.count.GreedyByApprovals}, on an {@link org.communitychest.votes.count.ApprovalElection};
 * and the Pabulib file format ({@link org.communitychest.votes.count.PabulibFile}). Plain Java with no Spring and no
 * database, so that {@code java -jar … tally FILE.pb} ({@link org.communitychest.votes.Tally}) counts without the
 * portal. Decision record 0029.
 */
package org.communitychest.votes.count;
