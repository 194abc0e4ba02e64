package org.communitychest.awards;

import java.time.Instant;

/** How an offer was accepted online: the name typed, the role in the group, the account, the address and the time. */
record Signature(String name, String role, String accountEmail, String address, Instant at) {
}
