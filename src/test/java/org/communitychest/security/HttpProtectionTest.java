package org.communitychest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communitychest.CommunityChestApplication;
import org.communitychest.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers and the session cookie as a browser gets them from the real server (Tomcat on a random port), plain
 * and behind a reverse proxy that ends HTTPS and says so with {@code X-Forwarded-Proto}.
 */
@SpringBootTest(classes = {CommunityChestApplication.class, TestClock.Config.class},
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpProtectionTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static List<String> attributes(String cookie) {
        return List.of(cookie.split(";\\s*"));
    }

    @Test
    void publicPagesGetTheProtectiveHeaders() throws Exception {
        for (String path : List.of("/login", "/funding")) {
            var page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(header(page, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(page, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(header(page, "Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(header(page, "Cache-Control")).as(path).contains("no-store");
            String csp = header(page, "Content-Security-Policy");
            assertThat(csp).as(path).contains("frame-ancestors 'none'", "default-src 'self'",
                    "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
                    "object-src 'none'");
            assertThat(page.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
    }

    @Test
    void everyPageNamesItsIconAndTheIconIsServedToAnyone() throws Exception {
        var page = get("/login");
        assertThat(page.body()).contains("<link href=\"icons/favicon.svg\" rel=\"icon\"");

        for (String path : List.of("/icons/favicon.svg", "/favicon.ico")) {
            var icon = get(path);

            assertThat(icon.statusCode()).as(path).isEqualTo(200);
            assertThat(header(icon, "Content-Type")).as(path).startsWith("image/");
        }
    }

    @Test
    void theSessionCookieIsLaxAndHttpOnlyAndNotSecureOverPlainHttp() throws Exception {
        var page = get("/login");

        var cookie = attributes(sessionCookie(page).orElseThrow());
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(header(page, "Strict-Transport-Security")).isNull();
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
        var page = get("/login", "X-Forwarded-Proto", "https");

        var cookie = attributes(sessionCookie(page).orElseThrow());
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(header(page, "Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void theSignInRedirectKeepsTheSchemeAndNoUrlCarriesTheSessionId() throws Exception {
        var plain = get("/admin/mail");
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(header(plain, "Location")).matches("(http://127\\.0\\.0\\.1:" + port + ")?/login")
                .doesNotContainIgnoringCase("jsessionid");

        var proxied = get("/admin/mail", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "chest.example.org");
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(header(proxied, "Location")).matches("(https://chest\\.example\\.org)?/login")
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(attributes(sessionCookie(proxied).orElseThrow())).contains("Secure", "SameSite=Lax");
    }

    @Test
    void signedInPagesAreNotCachedAndCarryTheSameHeaders() throws Exception {
        var login = get("/login", "X-Forwarded-Proto", "https");
        String cookies = login.headers().allValues("Set-Cookie").stream().map(c -> c.replaceFirst(";.*", ""))
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        var csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode("admin@example.org", StandardCharsets.UTF_8)
                + "&password=chest-demo-2026&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .header("X-Forwarded-Proto", "https").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("signed in and sent on").isEqualTo(302);
        assertThat(header(signedIn, "Location")).doesNotContain("error").doesNotStartWith("http:")
                .doesNotContainIgnoringCase("jsessionid");
        String session = sessionCookie(signedIn).orElseThrow();
        assertThat(attributes(session)).contains("HttpOnly", "SameSite=Lax", "Secure");

        var page = get("/admin/mail", "Cookie", session.replaceFirst(";.*", ""), "X-Forwarded-Proto", "https");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");

        String id = session.replaceFirst(";.*", "").substring("JSESSIONID=".length());
        var idInUrl = get("/admin/mail;jsessionid=" + id, "X-Forwarded-Proto", "https");
        assertThat(idInUrl.statusCode()).as("a session id in the URL signs no one in: %s %s", idInUrl.statusCode(),
                header(idInUrl, "Location")).isNotEqualTo(200);
    }
}
