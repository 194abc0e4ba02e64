package org.communitychest.awards;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The 360Giving files of a partnership, at addresses that do not change so that 360Giving's data registry and
 * anyone else can fetch them: public, no sign-in, streamed.
 */
@RestController
class GivingExportController {

    private final PublishedGrants published;

    GivingExportController(PublishedGrants published) {
        this.published = published;
    }

    @GetMapping("/open-data/{code}/360giving.json")
    ResponseEntity<StreamingResponseBody> json(@PathVariable String code) {
        if (published.find(code).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setContentDisposition(ContentDisposition.inline().filename(code + "-360giving.json").build()))
                .body(out -> published.writeJson(code, out));
    }

    @GetMapping("/open-data/{code}/360giving.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String code) {
        if (published.find(code).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .headers(h -> h.setContentDisposition(
                        ContentDisposition.attachment().filename(code + "-360giving.csv").build()))
                .body(out -> published.writeCsv(code, out));
    }
}
