package org.communitychest.monitoring;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.communitychest.monitoring.openreferral.DirectoryActivity;
import org.communitychest.monitoring.openreferral.DirectoryTaxonomyTerm;
import org.communitychest.monitoring.openreferral.OpenReferralPaging;
import org.communitychest.monitoring.openreferral.OpenReferralRootJson;
import org.communitychest.monitoring.openreferral.OpenReferralServicesJson;
import org.communitychest.monitoring.openreferral.OpenReferralTaxonomiesJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as an Open Referral UK API (the UK profile of HSDS 3.0), public, so that social prescribing
 * systems and council directories can read it: the root with the profile's version, services paged and one
 * service fully nested, the partnerships' need vocabularies and their terms.
 */
@RestController
@RequestMapping(value = "/openreferral", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenReferralController {

    static final URI PROFILE_OPENAPI = URI.create(
            "https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/openapi.json"); // not user text

    private final OpenReferralDirectory directory;

    OpenReferralController(OpenReferralDirectory directory) {
        this.directory = directory;
    }

    @GetMapping({"", "/"})
    String root() {
        return OpenReferralRootJson.root(PROFILE_OPENAPI);
    }

    @GetMapping("/services")
    String services(@RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) UUID termId) {
        var paging = OpenReferralPaging.of(page, perPage);
        List<DirectoryActivity> all = directory.services().stream()
                .filter(s -> termId == null || s.needs().stream().anyMatch(n -> n.id().equals(termId))).toList();
        return OpenReferralServicesJson.page(paging.page(all));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<String> service(@PathVariable UUID id) {
        return directory.service(id).map(s -> ResponseEntity.ok(OpenReferralServicesJson.service(s)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/taxonomies")
    String taxonomies(@RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return OpenReferralTaxonomiesJson.taxonomiesPage(OpenReferralPaging.of(page, perPage)
                .page(directory.taxonomies()));
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<String> taxonomy(@PathVariable UUID id) {
        return directory.terms().entrySet().stream().filter(e -> e.getKey().id().equals(id)).findFirst()
                .map(e -> ResponseEntity.ok(OpenReferralTaxonomiesJson.taxonomy(e.getKey(), e.getValue())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/taxonomy_terms")
    String terms(@RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        List<DirectoryTaxonomyTerm> all = directory.terms().values().stream().flatMap(List::stream).toList();
        return OpenReferralTaxonomiesJson.termsPage(OpenReferralPaging.of(page, perPage).page(all));
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<String> term(@PathVariable UUID id) {
        return directory.terms().values().stream().flatMap(List::stream).filter(t -> t.id().equals(id)).findFirst()
                .map(t -> ResponseEntity.ok(OpenReferralTaxonomiesJson.term(t)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }
}
