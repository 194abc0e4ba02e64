package org.communitychest;

/** How tests read a stored message's text as it goes out: an unsent message keeps its one-time token apart. */
public final class StoredMail {

    /** SQL for the text body of {@code mail_message} with the kept token put back in its link. */
    public static final String TEXT_AS_SENT =
            "replace(text_body, '[one-time-token]', coalesce(one_time_token, '[one-time-token]'))";

    private StoredMail() {
    }
}
