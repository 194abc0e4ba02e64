package org.communitychest.security;

/** A new installation was started without the settings that create its first administrator. */
class NoAdministratorException extends IllegalStateException {

    NoAdministratorException() {
        super("This installation has no administrator yet, so nobody could sign in."); // not user text: for the operator, in the log
    }
}
