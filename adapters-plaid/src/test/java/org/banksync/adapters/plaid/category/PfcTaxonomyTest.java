package org.banksync.adapters.plaid.category;

import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The vendored PFCv2 taxonomy")
class PfcTaxonomyTest {

    @Test
    @DisplayName("the 18 v2 primaries, every detailed category named PRIMARY_SUFFIX under its primary, named in both languages")
    void shape() {
        List<ProviderCategorySnapshot> nodes = PfcTaxonomy.vendored().nodes();

        assertThat(nodes).filteredOn(node -> node.parentExternalId() == null).extracting(ProviderCategorySnapshot::externalId)
                .containsExactly("INCOME", "LOAN_DISBURSEMENTS", "LOAN_PAYMENTS", "TRANSFER_IN", "TRANSFER_OUT", "BANK_FEES",
                        "ENTERTAINMENT", "FOOD_AND_DRINK", "GENERAL_MERCHANDISE", "HOME_IMPROVEMENT", "MEDICAL",
                        "PERSONAL_CARE", "GENERAL_SERVICES", "GOVERNMENT_AND_NON_PROFIT", "TRANSPORTATION", "TRAVEL",
                        "RENT_AND_UTILITIES", "OTHER");
        assertThat(nodes).filteredOn(node -> node.parentExternalId() != null).hasSizeGreaterThan(90)
                .allMatch(node -> node.externalId().startsWith(node.parentExternalId() + "_"));
        assertThat(nodes).allMatch(node -> !node.nameFr().isBlank() && !node.nameEn().isBlank());
        assertThat(nodes).extracting(ProviderCategorySnapshot::externalId)
                .contains("INCOME_SALARY", "INCOME_OTHER", "LOAN_DISBURSEMENTS_OTHER_DISBURSEMENT", "OTHER_OTHER")
                .doesNotContain("INCOME_WAGES", "TRANSFER_IN_CASH_ADVANCES_AND_LOANS", "TRANSFER_OUT_OTHER_TRANSFER_OUT");
    }

    @Test
    @DisplayName("quoted CSV fields keep their commas")
    void quotedFields() {
        assertThat(PfcTaxonomy.fields("A_B,A,\"Beer, wine\",\"Bière, vins\"")).containsExactly("A_B", "A", "Beer, wine", "Bière, vins");
    }
}
