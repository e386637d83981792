package org.banksync.sandbox.bridge.data;

import java.util.List;

/** A Bridge category with its French and English names; parents carry children, leaves a parent id. */
public record Category(long id, String nameFr, String nameEn, Long parentId, List<Category> children) {

    public Category {
        children = List.copyOf(children);
    }

    public String name(Language language) {
        return language == Language.FR ? nameFr : nameEn;
    }

    public boolean isParent() {
        return parentId == null;
    }
}
