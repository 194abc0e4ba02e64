package org.communitychest.place;

import org.communitychest.base.Message;

/** Why a map file was refused, as the administrator reads it beside the upload. */
class AreaMapProblem extends RuntimeException {

    private final transient Message reason;

    AreaMapProblem(Message reason) {
        super(reason.toString(), null, false, false);
        this.reason = reason;
    }

    static AreaMapProblem of(String key, Object... args) {
        return new AreaMapProblem(Message.of(key, args));
    }

    /** A file that is not JSON, with where the reading stopped. */
    static AreaMapProblem notJson(tools.jackson.core.JacksonException e) {
        var at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return of("staff.place.map.not-json", line, column);
    }

    Message reason() {
        return reason;
    }
}
