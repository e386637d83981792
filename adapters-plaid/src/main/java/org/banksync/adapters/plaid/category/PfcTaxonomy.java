package org.banksync.adapters.plaid.category;

import org.banksync.application.connection.port.out.ProviderCategorySnapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendored PFCv2 tree ({@code pfc-v2.csv} beside this class): primaries (no parent) and their
 * detailed categories, with English and French names. A transaction's category is its {@code detailed}
 * value when the tree has it, else its {@code primary}: a category Plaid adds later still lands under
 * the right primary.
 */
public final class PfcTaxonomy {

    private static final String RESOURCE = "pfc-v2.csv";
    private static final PfcTaxonomy VENDORED = load();

    private final Map<String, ProviderCategorySnapshot> nodes;

    private PfcTaxonomy(Map<String, ProviderCategorySnapshot> nodes) {
        this.nodes = nodes;
    }

    public static PfcTaxonomy vendored() {
        return VENDORED;
    }

    /** Every node, primaries before their detailed categories. */
    public List<ProviderCategorySnapshot> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The category a transaction takes: {@code detailed} when known, else {@code primary} when known, else null. */
    public String categoryOf(String primary, String detailed) {
        if (detailed != null && nodes.containsKey(detailed)) {
            return detailed;
        }
        if (primary != null && nodes.containsKey(primary)) {
            return primary;
        }
        return null;
    }

    private static PfcTaxonomy load() {
        Map<String, ProviderCategorySnapshot> nodes = new LinkedHashMap<>();
        try (InputStream in = PfcTaxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + PfcTaxonomy.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() != 4) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " has " + fields.size() + " fields, not 4");
                }
                String parent = fields.get(1).isEmpty() ? null : fields.get(1);
                if (parent != null && !nodes.containsKey(parent)) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": the primary " + parent + " comes later");
                }
                nodes.put(fields.get(0), new ProviderCategorySnapshot(fields.get(0), parent, fields.get(3), fields.get(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PfcTaxonomy(nodes);
    }

    /** The fields of one CSV line: commas separate, double quotes enclose a field holding commas. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
