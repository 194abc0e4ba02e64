package org.communitychest.base;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Files served as they are (scripts, styles, icons): they need no session and are never refused. */
final class StaticPaths {

    private static final List<String> PREFIXES = List.of("/VAADIN/", "/styles/", "/images/", "/lumo/", "/icons/",
            "/favicon.ico", "/sw.js", "/sw-runtime-resources-precache.js", "/manifest.webmanifest", "/offline");

    private StaticPaths() {
    }

    static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}
