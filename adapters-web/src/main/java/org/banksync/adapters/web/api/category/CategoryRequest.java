package org.banksync.adapters.web.api.category;

import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.shared.DomainViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

/** The body of POST and PUT /categories: a name (or names in both languages), optionally a parent and a direction. */
@Schema(name = "CategoryRequest", description = "The body of POST and PUT /api/v1/categories: a name (or names in both"
        + " languages), optionally a parent and a direction.")
public record CategoryRequest(
        @Schema(description = "The name, in both languages; required unless names is given.", nullable = true,
                example = "Office supplies") String name,
        @Schema(description = "The names in French and English.", nullable = true) CategoryView.Names names,
        @Schema(description = "The parent category's identifier.", nullable = true) String parentId,
        @Schema(description = "The cash-flow direction; BOTH when absent on create, unchanged on PUT.", nullable = true,
                enumeration = {"IN", "OUT", "BOTH"}) String direction) {

    LocalizedName parsedNames() {
        if (names != null && (names.fr() != null || names.en() != null)) {
            return new LocalizedName(names.fr(), names.en());
        }
        if (name == null || name.isBlank()) {
            throw new DomainViolation("name", "a category needs a name");
        }
        return LocalizedName.of(name);
    }

    CategoryId parsedParent() {
        if (parentId == null || parentId.isBlank()) {
            return null;
        }
        try {
            return CategoryId.parse(parentId);
        } catch (DomainViolation e) {
            throw new DomainViolation("parentId", "there is no category " + parentId);
        }
    }

    CashFlowDirection parsedDirection() {
        if (direction == null || direction.isBlank()) {
            return null;
        }
        try {
            return CashFlowDirection.valueOf(direction.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainViolation("direction", "direction must be IN, OUT or BOTH");
        }
    }
}
