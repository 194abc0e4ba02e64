package org.communitychest.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * A session ended because the person's account changed (new roles, a new password, switched off): a page load goes
 * to the sign-in page, and a click inside the open page gets the answer Vaadin's client understands, which takes it
 * to the sign-in page too.
 */
class AccountChangedSessionStrategy implements SessionInformationExpiredStrategy {

    static final String SIGN_IN_AGAIN = "login?changed";

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        var request = event.getRequest();
        var response = event.getResponse();
        String target = request.getContextPath() + "/" + SIGN_IN_AGAIN;
        if (HandlerHelper.isNonHtmlInitiatedRequest(request) || request.getParameter("v-r") != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json; charset=UTF-8"); // not user text
            response.getOutputStream().write(VaadinService.createCriticalNotificationJSON(null, null, null, target)
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(target);
        }
    }
}
