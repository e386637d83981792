package org.banksync.adapters.web.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mends what Payara 7.2025.1's OpenAPI builder gets wrong, so that the document at /openapi validates (registered as
 * {@code mp.openapi.filter}): an inline schema written from an annotation carries the annotation's "unset" markers as
 * values (multipleOf 0, maxLength and minItems Integer.MAX_VALUE, maxItems Integer.MIN_VALUE); a tag named by two
 * resource classes is listed twice; an operation without an explicit operationId gets its Java method's name, which
 * repeats across resources ("list", "create"), so the repeated ones are named after their method and path instead.
 */
public class OpenApiCleanup implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getMultipleOf() != null && schema.getMultipleOf().compareTo(BigDecimal.ZERO) <= 0) {
            schema.setMultipleOf(null);
        }
        if (schema.getMaxLength() != null && schema.getMaxLength() == Integer.MAX_VALUE) {
            schema.setMaxLength(null);
        }
        if (schema.getMaxItems() != null && schema.getMaxItems() < 0) {
            schema.setMaxItems(null);
        }
        if (schema.getMinItems() != null && schema.getMinItems() == Integer.MAX_VALUE) {
            schema.setMinItems(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            Set<String> seen = new HashSet<>();
            List<Tag> unique = new ArrayList<>();
            openAPI.getTags().stream().filter(tag -> seen.add(tag.getName())).forEach(unique::add);
            openAPI.setTags(unique);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            nameRepeatedOperations(openAPI.getPaths().getPathItems());
        }
    }

    private static void nameRepeatedOperations(Map<String, PathItem> paths) {
        Map<String, Integer> uses = new HashMap<>();
        paths.values().forEach(item -> item.getOperations().values().stream().map(Operation::getOperationId)
                .filter(id -> id != null).forEach(id -> uses.merge(id, 1, Integer::sum)));
        paths.forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() != null && uses.get(operation.getOperationId()) > 1) {
                operation.setOperationId(method.name().toLowerCase(Locale.ROOT) + camelCase(path));
            }
        }));
    }

    /** {@code /api/v1/api-tokens/{id}} as {@code ApiV1ApiTokensId}. */
    private static String camelCase(String path) {
        StringBuilder name = new StringBuilder();
        for (String word : path.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
