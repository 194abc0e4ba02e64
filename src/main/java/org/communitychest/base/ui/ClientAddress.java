package org.communitychest.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * Where the browser's request came from, as the servlet container saw it (behind a trusted proxy, Tomcat's
 * RemoteIpValve has already replaced the proxy's address by the client's), for the services' rate limits and the
 * records that say where an action came from.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        var request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        var session = VaadinSession.getCurrent();
        return session == null ? null : session.getBrowser().getAddress();
    }
}
