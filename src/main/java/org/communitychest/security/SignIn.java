package org.communitychest.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Checks an email and password for the sign-in page, through the same authentication manager as a form posted to
 * {@code /login} ({@link AccountAuthenticationProvider} throttles, checks and audits). The caller stores the
 * resulting authentication in the session.
 */
@Service
public class SignIn {

    private final AuthenticationManager authenticationManager;

    SignIn(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    /** {@code clientAddress}: where the request came from, as the servlet container saw it. */
    public SignInResult signIn(String email, String password, String clientAddress) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        request.setDetails(new WebAuthenticationDetails(clientAddress, null));
        try {
            return SignInResult.signedIn(authenticationManager.authenticate(request));
        } catch (AuthenticationException e) {
            return SignInResult.refused(e);
        }
    }
}
