package org.communitychest.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.communitychest.CommunityChestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A client that keeps its session cookie and opens page after page, never closing one (a bot, or tabs killed
 * without the unload signal), holds at most ten Vaadin UIs: the oldest are closed as new ones open.
 */
@SpringBootTest(classes = CommunityChestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenPagesLimitHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void openingAnEleventhPageClosesTheOneHeardFromLongestAgo() throws Exception {
        assertThat(get("/login")).isEqualTo(200);
        for (int page = 0; page < 12; page++) {
            assertThat(get("/?v-r=init&location=login&query=&v-wn=tab" + page)).isEqualTo(200);
        }

        assertThat(heartbeat(0)).as("first page, closed").isNotEqualTo(200);
        assertThat(heartbeat(1)).as("second page, closed").isNotEqualTo(200);
        for (int ui = 2; ui < 12; ui++) {
            assertThat(heartbeat(ui)).as("page %d still open", ui).isEqualTo(200);
        }
    }

    private int get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private int heartbeat(int uiId) throws Exception {
        var request = HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
