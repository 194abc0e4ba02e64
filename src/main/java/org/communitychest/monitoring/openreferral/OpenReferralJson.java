package org.communitychest.monitoring.openreferral;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writing the profile's objects as JSON trees. The profile asks that a value a service does not have is left out,
 * never written as {@code null} or empty: so are blank texts and empty lists.
 */
final class OpenReferralJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenReferralJson() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** One of the profile's objects, each of which starts with its identifier. */
    static ObjectNode object(UUID id) {
        ObjectNode json = object();
        id(json, "id", id);
        return json;
    }

    /** An organization, taxonomy or term: what the profile requires of each, its id, name and description. */
    static ObjectNode named(UUID id, String name, String description) {
        ObjectNode json = object(id);
        json.put("name", name);
        json.put("description", description);
        return json;
    }

    static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    static void optional(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }

    static void optional(ObjectNode node, String name, URI value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    static void id(ObjectNode node, String name, UUID value) {
        node.put(name, value.toString());
    }

    /** The items as an array, left out when there are none. */
    static <T> void array(ObjectNode node, String name, List<T> items, Function<T, ObjectNode> item) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray(name);
        items.forEach(each -> array.add(item.apply(each)));
    }

    /** A page of a list: the profile's {@code Page} figures, then the page's items as {@code contents}. */
    static <T> String page(OpenReferralPage<T> page, Function<T, ObjectNode> item) {
        ObjectNode json = object();
        json.put("total_items", page.totalItems());
        json.put("total_pages", page.totalPages());
        json.put("page_number", page.pageNumber());
        json.put("size", page.size());
        json.put("first_page", page.firstPage());
        json.put("last_page", page.lastPage());
        json.put("empty", page.empty());
        ArrayNode contents = json.putArray("contents");
        page.contents().forEach(each -> contents.add(item.apply(each)));
        return write(json);
    }
}
