package org.banksync.sandbox.bridge.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bridge's category tree, written from the reference: parent categories holding leaf categories,
 * names in French and English. Ids 1, 247 and 294 come from Bridge's examples; the others are
 * realistic-looking ids chosen here (the real list cannot be downloaded from this machine).
 */
public final class Categories {

    // each row: parent id | fr | en, then its leaves as id | fr | en
    private static final String[][] TREE = {
        {"1|Auto & Transports|Auto & Transport",
            "247|Transports en commun|Public transport", "87|Carburant|Fuel", "84|Stationnement|Parking",
            "196|Péage|Tolls", "264|Billets de train|Train tickets", "309|Billets d'avion|Plane tickets",
            "197|Location de véhicule|Car rental", "288|Entretien véhicule|Car maintenance",
            "280|Taxi & VTC|Taxi & ride hailing", "251|Assurance véhicule|Car insurance"},
        {"2|Banque|Bank",
            "79|Frais bancaires|Bank fees", "271|Débit mensuel carte|Monthly debit card",
            "89|Remboursement emprunt|Loan repayment", "191|Épargne|Savings", "252|Banque - Autres|Bank - Others"},
        {"3|Abonnements|Subscriptions",
            "180|Téléphonie mobile|Mobile phone", "258|Internet|Internet", "242|Câble & streaming|Cable & streaming",
            "219|Abonnements - Autres|Subscriptions - Others"},
        {"159|Alimentation & Restau.|Food & Dining",
            "273|Supermarché / Épicerie|Supermarkets / Groceries", "83|Restaurants|Restaurants",
            "260|Fast foods|Fast foods", "313|Café|Coffee shop", "188|Alimentation - Autres|Food - Others"},
        {"160|Logement|Home",
            "216|Loyer|Rent", "217|Électricité|Electricity", "218|Gaz|Gas", "220|Eau|Water",
            "221|Assurance habitation|Home insurance", "222|Bricolage & jardin|Home improvement",
            "223|Logement - Autres|Home - Others"},
        {"161|Loisirs & Sorties|Entertainment",
            "224|Sport|Sports", "225|Cinéma|Movies", "226|Bars & clubs|Bars & clubs", "227|Voyages|Travels",
            "228|Hôtels|Hotels", "229|Loisirs - Autres|Entertainment - Others"},
        {"162|Santé|Health",
            "236|Pharmacie|Pharmacy", "261|Médecin|Doctor", "245|Dentiste|Dentist", "262|Mutuelle|Health insurance",
            "263|Opticien|Optician"},
        {"163|Retraits, Chèques et Virements|Withdrawals, checks & transfers",
            "85|Retraits|Withdrawals", "88|Chèques|Checks", "78|Virements|Transfers",
            "302|Virements internes|Internal transfers"},
        {"164|Impôts & Taxes|Taxes",
            "206|Impôt sur le revenu|Income taxes", "208|Taxe foncière|Property taxes", "207|Amendes|Fines",
            "209|Impôts & Taxes - Autres|Taxes - Others"},
        {"165|Shopping|Shopping",
            "186|Vêtements & chaussures|Clothing & shoes", "243|High-Tech|High-tech", "183|Livres|Books",
            "187|Cadeaux|Gifts", "184|Articles de sport|Sporting goods", "441|Shopping - Autres|Shopping - Others"},
        {"166|Dépenses pro|Business expenses",
            "267|Fournitures de bureau|Office supplies", "268|Frais de déplacement pro|Business travel",
            "269|Honoraires|Consulting fees", "270|Marketing|Marketing"},
        {"167|Entrées d'argent|Income",
            "230|Salaires|Salaries", "231|Remboursements|Reimbursements", "232|Intérêts|Interest income",
            "233|Ventes|Sales", "234|Allocations|Benefits", "235|Dépôts d'argent|Deposits"},
        {"168|Divers|Miscellaneous",
            "294|Autres|Others", "295|Dons|Donations", "296|Non catégorisé|Uncategorized"},
    };

    private static final List<Category> PARENTS = build();
    private static final Map<Long, Category> BY_ID = index(PARENTS);

    private Categories() {
    }

    public static List<Category> parents() {
        return PARENTS;
    }

    public static Optional<Category> byId(long id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static List<Category> leaves() {
        return PARENTS.stream().flatMap(parent -> parent.children().stream()).toList();
    }

    private static List<Category> build() {
        List<Category> parents = new ArrayList<>();
        for (String[] group : TREE) {
            String[] parent = group[0].split("\\|");
            long parentId = Long.parseLong(parent[0]);
            List<Category> children = new ArrayList<>();
            for (int i = 1; i < group.length; i++) {
                String[] leaf = group[i].split("\\|");
                children.add(new Category(Long.parseLong(leaf[0]), leaf[1], leaf[2], parentId, List.of()));
            }
            parents.add(new Category(parentId, parent[1], parent[2], null, children));
        }
        return Collections.unmodifiableList(parents);
    }

    private static Map<Long, Category> index(List<Category> parents) {
        Map<Long, Category> byId = new LinkedHashMap<>();
        for (Category parent : parents) {
            byId.put(parent.id(), parent);
            parent.children().forEach(child -> byId.put(child.id(), child));
        }
        return Collections.unmodifiableMap(byId);
    }
}
