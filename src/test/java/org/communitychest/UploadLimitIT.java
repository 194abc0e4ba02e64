package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.communitychest.base.ui.StreamedUpload.CountingBody;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 700 MB upload drill over real HTTP: signed in as the demo applicant in headless Chromium, on her draft's
 * documents page, a client posts 700 MB to the upload's own address (as the browser's upload does, the file is
 * the body), once with its length declared and once without. The server refuses without reading it whole: the
 * client gets to send only a few megabytes, the heap does not grow by the file, and nothing is stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class UploadLimitIT {

    private static final long MB = 1024 * 1024;
    private static final long FILM = 700 * MB;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a700MegabyteUploadIsRefusedWhileItStreams() throws Exception {
        try (var browser = HeadlessBrowser.start("UploadLimitIT", "http://localhost:" + port)) {
            browser.signIn("applicant@example.org", "chest-demo-2026");
            long draft = jdbc.queryForObject("""
                    select a.id from application a join app_user u on u.id = a.created_by
                    where u.email = 'applicant@example.org' and a.status = 'DRAFT' and a.form_type = 'FULL'
                    order by a.id limit 1""", Long.class);
            browser.open("/applications/" + draft + "/section/documents");
            String target = (String) browser.script("return document.querySelector('vaadin-upload').target;");
            int documentsBefore = documents(draft);

            for (boolean declared : List.of(true, false)) {
                resetHeapPeaks();
                long heapBefore = heapUsed();
                var film = new CountingBody(FILM);
                Integer status = post(browser.url("/" + target), browser.sessionCookie(), declared, film);

                long heapGrowth = heapPeak() - heapBefore;
                System.out.printf("Upload drill (%s length): server answered %s after the client sent %.1f MB of"
                        + " 700 MB; heap peak %.0f MB above the start%n", declared ? "declared" : "no",
                        status == null ? "by closing the connection" : String.valueOf(status),
                        film.bytesRead() / (double) MB, heapGrowth / (double) MB);
                assertThat(status).as("refused, never 200").isNotEqualTo(200);
                assertThat(film.bytesRead()).as("the server stopped reading long before 700 MB").isLessThan(100 * MB);
                assertThat(heapGrowth).as("the heap does not hold the file").isLessThan(200 * MB);
            }
            assertThat(documents(draft)).as("nothing stored").isEqualTo(documentsBefore);
        }
    }

    /** The status, or null when the server closed the connection before the client finished sending. */
    private static Integer post(String url, String session, boolean declaredLength, CountingBody film)
            throws InterruptedException {
        var body = HttpRequest.BodyPublishers.ofInputStream(() -> film);
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/octet-stream")
                .header("X-Filename", "film.mp4")
                .POST(declaredLength ? HttpRequest.BodyPublishers.fromPublisher(body, FILM) : body);
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException closed) {
            return null;
        }
    }

    private int documents(long applicationId) {
        return jdbc.queryForObject("select count(*) from application_document where application_id = ?",
                Integer.class, applicationId);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetHeapPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
